/**
 * Our plain-language summaries (一句话看懂) of each task and measure, one
 * file each in content/summaries/<unit key>.mdx, beside the plan, so the
 * importer stays the only writer of official text. Pure: the checks that
 * keep a summary ours (not a copy of the text, not the heading again) and
 * the plain text plan.json carries.
 */
import { mdxTree } from './mdx-tree.ts';
import { proseProblems, proseText, type ProseContext } from './prose.ts';
import type { ContentFile } from './content-files.ts';
import type { ContentProblem } from './content-problem.ts';
import { isHeadingBlock, type Plan, type Unit, type UnitKind } from './model.ts';

/** The kinds of unit that must have a summary. */
export const SUMMARY_KINDS: readonly UnitKind[] = ['task', 'measure'];
/** Characters in a row shared with the unit's text from which a summary quotes rather than explains. */
export const COPY_LIMIT = 12;
/** Characters a summary may have, term names counted: one or two short sentences. */
export const SUMMARY_MAX = 100;

/** Where a unit's summary lives, relative to the content directory. */
export const summaryFile = (unitKey: string) => `summaries/${unitKey}.mdx`;

/** The unit a summary's file names, `task-09` for content/summaries/task-09.mdx; the loader uses it too. */
export const summaryKeyOf = (path: string): string =>
  path
    .split('/')
    .pop()
    ?.replace(/\.mdx$/, '') ?? '';

/** The longest run of characters that `a` and `b` share. */
export function longestSharedRun(a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  let best = 0;
  let end = 0;
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] !== y[j - 1]) continue;
      row[j] = prev[j - 1]! + 1;
      if (row[j]! > best) {
        best = row[j]!;
        end = i;
      }
    }
    prev = row;
  }
  return x.slice(end - best, end).join('');
}

export interface SummaryContext extends Pick<ProseContext, 'blockText'> {
  /** The glossary entry's name by slug, for what <Term> renders. */
  termName: (slug: string) => string | undefined;
}

/** The summaries, checked: each task and measure has one, in plain words of our own. */
export function checkSummaries<U extends Unit>(
  dir: string,
  files: readonly ContentFile[],
  plan: Plan<U>,
  ctx: SummaryContext,
): { summaries: Map<string, string>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const summaries = new Map<string, string>();
  const due = plan.units.filter((u) => SUMMARY_KINDS.includes(u.kind));
  const keys = due.map((u) => u.key);
  for (const file of files) {
    const key = summaryKeyOf(file.path);
    const unit = plan.byKey.get(key);
    const problem = (message: string, line?: number) =>
      problems.push({ file: file.path, ...(line ? { line } : {}), message });
    if (!unit || !SUMMARY_KINDS.includes(unit.kind)) {
      problem(
        `the plan has no task or measure "${key}": name the file after one (${keys[0]} … ${keys.at(-1)}), e.g. ${dir}/${summaryFile('task-09')}`,
      );
      continue;
    }
    problems.push(
      ...proseProblems(file.path, file.text, 1, {
        hasTerm: (slug) => ctx.termName(slug) !== undefined,
        blockText: ctx.blockText,
      }),
    );
    // What MDX cannot read is said once, above; the summary's words would only echo it.
    if (!mdxTree(file.path, file.text).tree) continue;
    const text = proseText(file.text, ctx.termName);
    const length = [...text].length;
    if (!text) {
      problem(`the summary is empty: write one or two plain sentences about what ${unit.heading} asks for`);
      continue;
    }
    if (text.includes(unit.title))
      problem(
        `the summary repeats the heading “${unit.title}” whole: the page shows it already; say it in other words`,
      );
    for (const b of unit.blocks.filter((b) => !isHeadingBlock(b))) {
      const run = longestSharedRun(text, b.text);
      if ([...run].length >= COPY_LIMIT)
        problem(
          `the summary copies ${[...run].length} characters in a row from ${b.id} (“${run}”): a summary explains in plain words; to quote, the page's text is right below it`,
        );
    }
    if (length > SUMMARY_MAX)
      problem(`the summary has ${length} characters; keep it to one or two short sentences (at most ${SUMMARY_MAX})`);
    if (!/[。！？]$/.test(text)) problem('the summary must end its last sentence with 。');
    if ((text.match(/[。！？]/g) ?? []).length > 2) problem('the summary has more than two sentences; keep one or two');
    summaries.set(key, text);
  }
  for (const u of due)
    if (!files.some((f) => f.path.endsWith(`/${summaryFile(u.key)}`)))
      problems.push({
        file: `${dir}/${summaryFile(u.key)}`,
        message: `${u.heading} has no summary: write one or two plain sentences (一句话看懂) in this file`,
      });
  return { summaries, problems };
}
