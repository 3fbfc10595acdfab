/**
 * Quotes side by side. Two <Quote>s of one block joined only by punctuation
 * (、，；) read as one run of the plan's words, so they must be one: next to
 * each other in the plan, with nothing but marks between them. Where words
 * are left out between them, the page must show it with …… between the
 * quotes. The guide once joined 逐步建立学生家长自主申报 and
 * 学校依规依章录取 with 、, silently dropping 区级统筹宏观管理. Pure.
 */
import type { ContentProblem } from './content-problem.ts';
import { attribute, elementsOf, lineOf, mdxTree, wordsOf } from './mdx-tree.ts';

/** Marks that may stand between two quotes without words of ours. */
const MARKS = /^[\s、，,；;：:。—·]*$/;
/** What shows a gap in a quotation. */
export const ELLIPSIS = '……';

/** The words of `text` between the end of `a` and the next `b` after it, or undefined when `b` never follows `a`. */
function between(text: string, a: string, b: string): string | undefined {
  let best: string | undefined;
  for (let i = text.indexOf(a); i >= 0; i = text.indexOf(a, i + 1)) {
    const after = i + a.length;
    const j = text.indexOf(b, after);
    if (j < 0) continue;
    const gap = text.slice(after, j);
    if (best === undefined || gap.length < best.length) best = gap;
  }
  return best;
}

/** The problems of quotes side by side in one body (MDX, or a sentence of YAML). */
export function quoteJoinProblems(
  file: string,
  body: string,
  bodyLine: number,
  blockText: (id: string) => string | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { tree } = mdxTree(file, body, bodyLine);
  // What MDX cannot read is said once, by the checks of prose (src/lib/prose.ts).
  if (!tree) return problems;
  // The tree says where each quote is; the characters between two of them are the source's.
  const quotes = elementsOf(tree).flatMap((e) => {
    const block = e.name === 'Quote' ? attribute(e, 'from') : undefined;
    const [start, end] = [e.position?.start.offset, e.position?.end.offset];
    return block === undefined || start === undefined || end === undefined
      ? []
      : [{ block, words: wordsOf(e), start, end, line: lineOf(tree, e) }];
  });
  for (let k = 1; k < quotes.length; k++) {
    const [a, b] = [quotes[k - 1]!, quotes[k]!];
    const join = body.slice(a.end, b.start);
    if (a.block !== b.block || join.includes('\n')) continue;
    const shown = join.includes(ELLIPSIS);
    if (!shown && !MARKS.test(join)) continue;
    const text = blockText(a.block);
    if (text === undefined) continue;
    const gap = between(text, a.words, b.words);
    // A long gap is named by its ends: enough to find it.
    const named = gap && gap.length > 24 ? `${gap.slice(0, 12)}…${gap.slice(-8)}` : gap;
    if (gap === undefined)
      problems.push({
        file,
        line: b.line,
        message: `“${a.words}” and “${b.words}” stand side by side, but in ${a.block} the plan does not have them in this order; quote them apart, each in your own sentence`,
      });
    else if (!shown && !MARKS.test(gap))
      problems.push({
        file,
        line: b.line,
        message: `“${a.words}” and “${b.words}” are joined by “${join}” as if they were one run of the plan's words, but ${a.block} has “${named}” between them; quote the words between as well, or show the gap: <Quote …>${a.words}</Quote>${ELLIPSIS}<Quote …>${b.words}</Quote>`,
      });
  }
  return problems;
}
