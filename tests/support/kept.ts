/**
 * The groups a page leaves loose: 十四五, a short quoted term or a figure
 * (KEEP) in a text a reader sees wrap, outside a `<span class="keep">`.
 * tests/site/kept.test.ts asks it of every built page, the archive test of
 * every page of the offline archive.
 */
import type { Element, Root, RootContent } from 'hast';
import { KEEP, KEEP_CLASS } from '../../src/lib/keep-together.ts';
import { parse } from './dist.ts';

/** Text that is not prose a reader sees wrap: raw text, code, form values, metadata, drawings. */
const NOT_PROSE = ['head', 'script', 'style', 'textarea', 'option', 'pre', 'code', 'svg', 'template'];

const isKept = (e: Element) =>
  NOT_PROSE.includes(e.tagName) ||
  // A term's tooltip, read by screen readers as one description (src/lib/keep-together.ts).
  e.properties.role === 'tooltip' ||
  (e.tagName === 'span' && ([] as unknown[]).concat(e.properties.className).includes(KEEP_CLASS));

/** Each loose group with a few characters around it. */
export function looseGroups(html: string): string[] {
  const loose: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text')
      for (const m of node.value.matchAll(KEEP)) loose.push(node.value.slice(Math.max(0, m.index - 6), m.index + 12));
    else if ((node.type === 'root' || node.type === 'element') && !(node.type === 'element' && isKept(node)))
      node.children.forEach(walk);
  };
  walk(parse(html));
  return loose;
}
