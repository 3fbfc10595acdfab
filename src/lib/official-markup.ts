/**
 * The markup of an official paragraph, as a hast tree. The rehype plugin uses
 * it for the MDX bodies, the full-text page for the model's blocks, so both
 * print the same thing: the text in an element marked `data-official`, the
 * restored characters in <ins>, and the permalink outside the official element.
 */
import type { Element, ElementContent } from 'hast';
import type { Segment } from './corrections.ts';
import type { Block } from './model.ts';
import { ui } from '../ui/strings.ts';

const ROLE_LABELS: Partial<Record<Block['role'], string>> = { addressee: '主送', signatory: '落款', date: '日期' };

/** Text and <ins> nodes for a block's segments. */
export function segmentNodes(segments: readonly Segment[]): ElementContent[] {
  return segments.map((s) =>
    s.restoration
      ? {
          type: 'element',
          tagName: 'ins',
          properties: {
            className: ['restored'],
            title: ui.restoredTitle(s.restoration),
            dataCorrection: s.restoration,
          },
          children: [{ type: 'text', value: s.text }],
        }
      : { type: 'text', value: s.text },
  );
}

/** An element holding one block of official text: `<tag data-official="id">…</tag>`. */
export function officialHast(tagName: string, block: Block, segments: readonly Segment[], id?: string): Element {
  return { type: 'element', tagName, properties: { id, dataOfficial: block.id }, children: segmentNodes(segments) };
}

/** `<div class="para"><p id data-official>…</p><a class="para-link">¶n</a></div>` */
export function paragraphHast(block: Block, segments: readonly Segment[], anchor: string): Element {
  const label = ROLE_LABELS[block.role] ?? block.anchor.replace(/^p/, '');
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: block.role === 'paragraph' ? ['para'] : ['para', block.role] },
    children: [
      officialHast('p', block, segments, anchor),
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['para-link'], href: `#${anchor}`, dataOurs: '' },
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
