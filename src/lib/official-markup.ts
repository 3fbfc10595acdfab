/**
 * The one markup of official text, as hast trees: every page that shows the
 * plan's words (unit pages, the full text) renders them through here. The
 * text sits in an element marked `data-official` with the block id; marks
 * become elements inside it without changing a character: a glossary term
 * (a link) outside, a heading's number inside that, restored characters
 * (<ins>) innermost. Where a restoration straddles a term's edge it is split
 * into two <ins> with the same id. The permalink sits outside the official
 * element and is marked `data-ours`.
 *
 * Outermost is a target of 主要目标 (a span carrying its anchor), then a
 * glossary term: a link to its entry, followed by its definition in a
 * tooltip that CSS shows on hover and focus (and a small script on tap). The
 * tooltip is ours, not official: it is marked `data-ours`, kept out of the
 * search index, and linked to the term with `aria-describedby`.
 */
import type { Element, ElementContent } from 'hast';
import type { BlockRole, PublishedBlock } from '../schemas/block.ts';
import { ui } from '../ui/strings.ts';
import { keepTogether } from './keep-together.ts';
import { isHeadingBlock } from './model.ts';
import { segment, type Segment } from './segments.ts';
import { targetAnchor } from './url.ts';

/** A glossary term as a link needs it. */
export interface TermLink {
  href: string;
  /** The one-sentence definition shown in the tooltip. */
  definition: string;
}

export interface MarkupOptions {
  /** A glossary term's link and definition; required once a block carries term marks. */
  term?: (slug: string) => TermLink;
  /** The paragraph's printed citation, which its permalink carries for 复制引用 (src/lib/refs.ts). */
  cite?: string;
  /** The accessible name of that paragraph's copy button, 复制引用（第4段）; site.js gives it to the button. */
  copyLabel?: string;
}

interface Context {
  /** The block's id, which makes tooltip ids unique on a page. */
  block: string;
  /** A heading or title keeps the words of its title whole (HEADING_WORDS). */
  heading: boolean;
  o: MarkupOptions;
}

/** How each kind of mark becomes elements, outermost first. */
const LAYERS: ReadonlyArray<{
  value: (s: Segment) => string | undefined;
  wrap: (value: string, children: ElementContent[], ctx: Context) => ElementContent[];
}> = [
  {
    value: (s) => s.target,
    wrap: (id, children) => [
      { type: 'element', tagName: 'span', properties: { className: ['target-words'], id: targetAnchor(id) }, children },
    ],
  },
  {
    value: (s) => s.term,
    wrap: (slug, children, { block, o }) => {
      if (!o.term) throw new Error(`block ${block} marks the term "${slug}", but no term() was given to link it`);
      const { href, definition } = o.term(slug);
      const tip = `tip-${block.replace('.', '-')}-${slug}`;
      return [
        { type: 'element', tagName: 'a', properties: { className: ['term'], href, ariaDescribedBy: [tip] }, children },
        {
          type: 'element',
          tagName: 'span',
          properties: { className: ['term-tip'], id: tip, role: 'tooltip', dataOurs: '', dataPagefindIgnore: '' },
          children: [{ type: 'text', value: definition }],
        },
      ];
    },
  },
  {
    value: (s) => (s.number ? 'number' : undefined),
    wrap: (_, children) => [{ type: 'element', tagName: 'span', properties: { className: ['heading-no'] }, children }],
  },
  {
    value: (s) => s.restoration,
    wrap: (id, children) => [
      {
        type: 'element',
        tagName: 'ins',
        properties: { className: ['restored'], title: ui.restoredTitle(id), dataCorrection: id },
        children,
      },
    ],
  },
];

function nest(segments: readonly Segment[], depth: number, ctx: Context): ElementContent[] {
  const layer = LAYERS[depth];
  if (!layer) return segments.flatMap((s) => keepTogether(s.text, ctx.heading));
  const out: ElementContent[] = [];
  for (let i = 0; i < segments.length;) {
    const value = layer.value(segments[i]!);
    let j = i + 1;
    while (j < segments.length && layer.value(segments[j]!) === value) j++;
    const inner = nest(segments.slice(i, j), depth + 1, ctx);
    if (value === undefined) out.push(...inner);
    else out.push(...layer.wrap(value, inner, ctx));
    i = j;
  }
  return out;
}

/** The inline content of a block: its text with every mark as an element. */
export function inlineHast(
  block: Pick<PublishedBlock, 'id' | 'text' | 'marks'> & Partial<Pick<PublishedBlock, 'role'>>,
  o: MarkupOptions = {},
): ElementContent[] {
  const heading = block.role !== undefined && isHeadingBlock({ role: block.role });
  return nest(segment(block.text, block.marks), 0, { block: block.id, heading, o });
}

/** An element holding one block of official text: `<tag data-official="id">…</tag>`. */
export function officialHast(tagName: string, block: PublishedBlock, id?: string, o: MarkupOptions = {}): Element {
  return { type: 'element', tagName, properties: { id, dataOfficial: block.id }, children: inlineHast(block, o) };
}

const ROLE_LABELS: Partial<Record<BlockRole, string>> = { addressee: '主送', signatory: '落款', date: '日期' };

/** `<div class="para"><p id data-official>…</p><a class="para-link" data-ours>¶第n段</a></div>` */
export function paragraphHast(block: PublishedBlock, anchor: string, o: MarkupOptions = {}): Element {
  // A pilcrow alone means nothing to most readers: the link says which paragraph it is.
  const label = ROLE_LABELS[block.role] ?? ui.paragraphNumber(block.local.replace(/^p/, ''));
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: block.role === 'paragraph' ? ['para'] : ['para', block.role] },
    children: [
      officialHast('p', block, anchor, o),
      {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['para-link'],
          href: `#${anchor}`,
          dataOurs: '',
          ...(o.cite ? { dataCite: o.cite } : {}),
          ...(o.copyLabel ? { dataCopyLabel: o.copyLabel } : {}),
        },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true' },
            children: [{ type: 'text', value: '¶' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['visually-hidden'] },
            children: [{ type: 'text', value: ui.paragraphLink }],
          },
          { type: 'text', value: label },
        ],
      },
    ],
  };
}

/**
 * Any block: a heading or title line becomes an inline `<span>` for the page
 * to place in its heading element; every other block a paragraph with its
 * permalink, which needs an anchor.
 */
export function blockHast(block: PublishedBlock, anchor: string | undefined, o: MarkupOptions = {}): Element {
  if (isHeadingBlock(block)) return officialHast('span', block, undefined, o);
  if (!anchor) throw new Error(`block ${block.id} is a ${block.role} and needs an anchor for its permalink`);
  return paragraphHast(block, anchor, o);
}
