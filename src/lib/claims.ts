/**
 * What our prose claims, sentence by sentence, and where in the plan each
 * sentence points: the blocks it quotes with <Quote> (and the words), the
 * blocks it cites with <Ref>, and whether it shows an official follow-up.
 * A sentence that cites nothing but points back (同一项还要求…, 这里说的是…)
 * speaks of what the sentence before it cited, so it takes over those
 * blocks; glossary terms alone then tie it to no clause. The checks of
 * hedges and completion words (src/lib/hedges.ts, src/lib/completion.ts)
 * read these. Pure.
 */
import { attribute, lineOf, mdxTree, piecesOf, wordsOf, type JsxElement, type ProseTree } from './mdx-tree.ts';
import { NAMED } from './prose.ts';

/** One sentence of ours, as a reader sees it, with what it points to. */
export interface Claim {
  /** The file, as the author sees its path. */
  file: string;
  /** The line the sentence starts on. */
  line: number;
  /** The sentence as a reader sees it: term names, quoted words and all. */
  text: string;
  /** Our own words only: the sentence without the plan's words in <Quote> or “…”. */
  own: string;
  /** The plan's words it quotes with <Quote>, by block. */
  quotes: Array<{ block: string; words: string }>;
  /** Blocks it cites without quoting (<Ref>), takes over from the sentence before, or has by its place. */
  refs: string[];
  /** Whether it shows what an official page said afterwards (<FollowUps>). */
  followUp: boolean;
  /** Words that do not tie it to a clause (a definition's own term, which every clause on the term holds). */
  masked?: readonly string[];
  /** Whether its blocks are those of the sentence before, which it points back to. */
  inherited?: boolean;
}

/** How a sentence that cites nothing points back to the one before: 同一项还要求…. */
export const POINTS_BACK = /^(?:同一项|同一段|这一项|这一段|该项|这里|这句)/;

type Token =
  | { kind: 'text'; value: string; line: number }
  | { kind: 'quote'; block: string; words: string; line: number }
  | { kind: 'ref'; block: string; words: string; line: number }
  | { kind: 'followUp'; line: number };

/**
 * The components that point into the plan or name a term, when they name it (by the attribute prose.ts reads for
 * each), and <FollowUps />; other tags read through to their words.
 */
const points = (e: JsxElement) =>
  e.name === 'FollowUps' ||
  ((e.name === 'Quote' || e.name === 'Ref' || e.name === 'Term') && attribute(e, NAMED[e.name]) !== undefined);

/** The body's tree as our words and the components that point into the plan. */
function tokens(tree: ProseTree, termName: (slug: string) => string | undefined): Token[] {
  return piecesOf(tree, points).map((p): Token => {
    if (p.kind === 'text') return p;
    const e = p.element;
    const line = lineOf(tree, e);
    if (e.name === 'Quote') return { kind: 'quote', block: attribute(e, NAMED.Quote) ?? '', words: wordsOf(e), line };
    if (e.name === 'Ref') return { kind: 'ref', block: attribute(e, NAMED.Ref) ?? '', words: wordsOf(e), line };
    if (e.name === 'Term')
      return {
        kind: 'text',
        value: e.children.length ? wordsOf(e) : (termName(attribute(e, NAMED.Term) ?? '') ?? ''),
        line,
      };
    return { kind: 'followUp', line };
  });
}

/** Where a sentence ends: its closing mark, or the end of a line (a paragraph, a list item). */
const ENDS = /[。！？；\n]/;

/**
 * The sentences of an MDX body (or of one line of YAML), each with what it
 * quotes and cites. `bodyLine` is the file's line the body starts on.
 */
export function claimsOf(
  file: string,
  body: string,
  bodyLine: number,
  termName: (slug: string) => string | undefined,
): Claim[] {
  const { tree } = mdxTree(file, body, bodyLine);
  if (!tree) return [];
  const claims: Claim[] = [];
  let current: Claim | undefined;
  let quoted = 0;
  const start = (line: number): Claim =>
    (current ??= { file, line, text: '', own: '', quotes: [], refs: [], followUp: false });
  const end = () => {
    if (current && current.text.trim()) claims.push({ ...current, text: current.text.trim(), own: current.own.trim() });
    current = undefined;
  };
  for (const t of tokens(tree, termName)) {
    if (t.kind === 'quote') {
      const c = start(t.line);
      c.text += t.words;
      c.quotes.push({ block: t.block, words: t.words });
    } else if (t.kind === 'ref') {
      const c = start(t.line);
      c.text += t.words;
      c.own += t.words;
      if (!c.refs.includes(t.block)) c.refs.push(t.block);
    } else if (t.kind === 'followUp') {
      // It shows what the sentence leading to it (本站找到了…：) speaks of.
      const c = current?.text.trim() ? current : claims.at(-1);
      if (c) c.followUp = true;
      end();
    } else {
      let line = t.line;
      for (const ch of t.value) {
        const here = line;
        if (ch === '\n') line++;
        // Marks inside “…” belong to the words quoted, and do not end our sentence.
        if (ch === '“') quoted++;
        if (ch === '”') quoted = Math.max(0, quoted - 1);
        if (ENDS.test(ch) && !quoted) {
          if (ch !== '\n' && current) {
            current.text += ch;
            current.own += ch;
          }
          end();
          continue;
        }
        if (!current && !ch.trim()) continue;
        const c = start(here);
        c.text += ch;
        if (!quoted && ch !== '”') c.own += ch;
      }
    }
  }
  end();
  // A sentence that cites nothing but points back speaks of what the one before it cited.
  let before: string[] = [];
  return claims.map((c) => {
    const cited = [...new Set([...c.quotes.map((q) => q.block), ...c.refs])];
    if (cited.length) {
      before = cited;
      return c;
    }
    return POINTS_BACK.test(c.text) ? { ...c, refs: before, inherited: true } : c;
  });
}

/** A claim of one line (a definition, an arrow's words, a label), citing `refs` by its place. */
export const claimOfLine = (
  file: string,
  line: number,
  text: string,
  refs: string[],
  masked: readonly string[] = [],
): Claim => ({
  file,
  line,
  text,
  own: text.replace(/“[^”]*”/g, ''),
  quotes: [],
  refs,
  followUp: false,
  masked,
});
