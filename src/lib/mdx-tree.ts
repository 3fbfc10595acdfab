/**
 * Our prose MDX (glossary bodies, summaries, 常见问题, the guide, the
 * follow-ups' sentences) read the way MDX reads it: one tree per body, with
 * the line of every node, from which the checks (src/lib/prose.ts), the
 * claims (src/lib/claims.ts), the plain text and the quotes' words are all
 * taken. A finder of its own per check once disagreed with MDX on what a tag
 * is; the tree cannot. Pure.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { ContentProblem } from './content-problem.ts';

/** A component as MDX reads it: `<Ref to="…">`, `<Quote from="…">…</Quote>`. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/** An MDX body as a file holds it: past its frontmatter, from the file's line `bodyLine`. */
export interface ProseBody {
  file: string;
  body: string;
  bodyLine: number;
}

/** One body's tree, and the file's line its first line stands on. */
export interface ProseTree {
  root: Root;
  line: number;
}

// The site renders our MDX with GFM (astro.config.mjs), so the tree reads it with GFM too.
const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/**
 * Each body is read once however many checks ask: the plan loader's checks,
 * its plain text and its claims all ask for the same text, and only read
 * the tree. A dev server keeps
 * the trees of earlier edits; prose is small, and a long session starts over.
 */
type Parsed = { root: Root; reason?: undefined } | { root?: undefined; reason: string; line: number };
const parsed = new Map<string, Parsed>();
const KEEP = 2000;

function parse(body: string): Parsed {
  const known = parsed.get(body);
  if (known) return known;
  if (parsed.size >= KEEP) parsed.clear();
  let result: Parsed;
  try {
    result = { root: processor.parse(body) };
  } catch (e: unknown) {
    // remark-mdx throws a VFileMessage, with the place in the body it stopped.
    const line = e instanceof Error && 'line' in e && typeof e.line === 'number' ? e.line : 1;
    const reason = e instanceof Error && 'reason' in e && typeof e.reason === 'string' ? e.reason : String(e);
    // Its places count from the body's first line, not the file's: the problem's line says where.
    result = { reason: reason.replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, ''), line };
  }
  parsed.set(body, result);
  return result;
}

/** The tree of an MDX body starting on the file's line `line`, or what MDX cannot read in it, in the author's words. */
export function mdxTree(file: string, body: string, line = 1): { tree?: ProseTree; problems: ContentProblem[] } {
  const read = parse(body);
  if (read.root) return { tree: { root: read.root, line }, problems: [] };
  return {
    problems: [
      {
        file,
        line: line + read.line - 1,
        message: `MDX cannot read this: ${read.reason}. Close every tag (<Ref to="…">…</Ref>, or <Ref to="…" />), quote attribute values with "…", and write a < or { that is only a character as &lt; or &#123;`,
      },
    ],
  };
}

/** The file's line a node starts on. */
export const lineOf = (tree: ProseTree, node: Nodes): number => tree.line + (node.position?.start.line ?? 1) - 1;

const isJsx = (node: Nodes): node is JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Every component in the tree, in the order they are written (a component inside another after it). */
export function elementsOf(tree: ProseTree): JsxElement[] {
  const out: JsxElement[] = [];
  const walk = (node: Nodes) => {
    if (isJsx(node)) out.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree.root);
  return out;
}

/** An attribute written as a string (`to="task-04.p1"`); one written as an expression the checks cannot read. */
export function attribute(element: JsxElement, name: string): string | undefined {
  for (const a of element.attributes)
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  return undefined;
}

/** Blocks end a line as a reader sees them: a paragraph (a list item's too), a heading, a code block. */
const BLOCKS = new Set<string>(['paragraph', 'heading', 'code', 'tableRow', 'thematicBreak']);

/** A piece of prose as a reader sees it: our words (with the line each starts on), or a component. */
export type Piece = { kind: 'text'; value: string; line: number } | { kind: 'element'; element: JsxElement };

/**
 * The tree as a reader goes through it: text with the line it starts on, a
 * line's end after each block, and the components `stop` names whole (the
 * others read through to the words inside them).
 */
export function piecesOf(tree: ProseTree, stop: (element: JsxElement) => boolean): Piece[] {
  const out: Piece[] = [];
  const walk = (node: Nodes) => {
    if (isJsx(node) && stop(node)) {
      out.push({ kind: 'element', element: node });
      return;
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
      out.push({ kind: 'text', value: node.value, line: lineOf(tree, node) });
    else if (node.type === 'break') out.push({ kind: 'text', value: '\n', line: lineOf(tree, node) });
    // Everything else is read through; an expression ({…}) or an import has no children and shows no words of ours.
    else if ('children' in node) for (const child of node.children) walk(child);
    if (BLOCKS.has(node.type))
      out.push({ kind: 'text', value: '\n', line: tree.line + (node.position?.end.line ?? 1) - 1 });
  };
  walk(tree.root);
  return out;
}

/** The words inside a component, as they show: <Quote from="…">这些字</Quote> gives 这些字. */
export function wordsOf(element: JsxElement): string {
  const walk = (node: Nodes): string =>
    node.type === 'text' || node.type === 'inlineCode'
      ? node.value
      : node.type === 'break'
        ? '\n'
        : 'children' in node
          ? node.children.map(walk).join('')
          : '';
  return element.children.map(walk).join('');
}

/**
 * A remark plugin for the site's MDX: each <Quote> is given the words it
 * shows as `words`, the plain text of what it holds, read by the same
 * function as the checks read them with, so the page shows what was checked.
 */
export function remarkQuoteWords() {
  return (root: Root) => {
    for (const e of elementsOf({ root, line: 1 }))
      if (e.name === 'Quote') e.attributes.push({ type: 'mdxJsxAttribute', name: 'words', value: wordsOf(e) });
  };
}
