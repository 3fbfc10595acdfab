/**
 * The plan's words where readers see them: every quotation a built page
 * shows (`<q>`, a quote linked to its paragraph, a target's or institution's
 * words, a glossary excerpt) compared with the text rebuilt from the capture
 * and the corrections, and every quotation of a source with the words
 * content/sources.yaml records. The loader checks our sources; this checks
 * what the rendering (the words' groups kept on one line among them)
 * finally wrote.
 *
 * A quotation says where its words come from in one of three ways:
 * `data-from="<block id>"`, `data-source="<source id>"`, or, inside
 * `<a class="quote">`, the paragraph its link names. A `<q>` that says
 * neither is a problem too.
 */
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

export interface QuoteContext {
  /** The plan's text of each block, as the capture and corrections give it. */
  blocks: ReadonlyMap<string, string>;
  /** The words content/sources.yaml records for each source. */
  sources: ReadonlyMap<string, readonly string[]>;
  /** The block a link to a paragraph names (`/plan/tasks/19/#p1` → task-19.p1). */
  blockOfHref: (href: string) => string | undefined;
}

/** The text a quotation shows: an excerpt's …, which mark words left out, cut it into pieces. */
const pieces = (el: Element) =>
  toString(el)
    .split('…')
    .map((s) => s.trim())
    .filter(Boolean);

/** Where a quotation says its words come from, or undefined when it says nothing. */
function originOf(el: Element, parents: ReadonlyMap<Element, Element>, ctx: QuoteContext) {
  if (el.properties.dataFrom !== undefined) return { block: String(el.properties.dataFrom) };
  if (el.properties.dataSource !== undefined) return { source: String(el.properties.dataSource) };
  const link = parents.get(el);
  if (
    link?.tagName === 'a' &&
    String(link.properties.className ?? '')
      .split(' ')
      .includes('quote')
  )
    return { block: ctx.blockOfHref(String(link.properties.href)) ?? `(no block at ${link.properties.href})` };
  return undefined;
}

/** The problems of one built page, in words; [] when every quotation holds. */
export function quoteProblems(tree: Root, ctx: QuoteContext): string[] {
  const problems: string[] = [];
  const parents = new Map<Element, Element>();
  for (const el of selectAll('*', tree))
    for (const child of el.children) if (child.type === 'element') parents.set(child, el);
  const quotations = [...new Set([...selectAll('q, [data-from], [data-source]', tree)])];
  for (const el of quotations) {
    const origin = originOf(el, parents, ctx);
    const shown = toString(el);
    if (!origin) {
      problems.push(`<${el.tagName}>${shown}</${el.tagName}>: a quotation that says neither its block nor its source`);
      continue;
    }
    if ('source' in origin) {
      const words = ctx.sources.get(origin.source ?? '');
      if (!words) problems.push(`“${shown}” quotes the source "${origin.source}", which content/sources.yaml lacks`);
      else if (!words.some((w) => w.includes(shown)))
        problems.push(`“${shown}” is not among the words content/sources.yaml records for "${origin.source}"`);
      continue;
    }
    const text = ctx.blocks.get(origin.block ?? '');
    if (text === undefined) {
      problems.push(`“${shown}” quotes ${origin.block}, which the plan does not have`);
      continue;
    }
    for (const piece of pieces(el))
      if (!text.includes(piece)) problems.push(`“${piece}” is not in ${origin.block} as the plan prints it`);
  }
  return problems;
}
