/**
 * Words a line must not break inside, wrapped at render time in a span that
 * CSS keeps on one line: the plan's period 十四五, a short quoted term
 * (“双师型”), and a figure with its ratio or percent sign (3.2:6.8, 60%).
 * Browsers may break between any two Chinese characters, so “十四 / 五”
 * happens in a narrow heading. Only elements are added: the text, character
 * for character, stays what it was.
 */
import type { ElementContent } from 'hast';

/** Longer quoted passages may wrap: a line of a phone holds about 16 characters. */
const KEEP = /“[^“”\s]{1,8}”|十四五|\d+(?:[.:：]\d+)+[%％]?|\d+[%％]/g;

export const KEEP_CLASS = 'keep';

/** The text as nodes: the words to keep whole each in a `<span class="keep">`. */
export function keepTogether(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let from = 0;
  for (const m of text.matchAll(KEEP)) {
    if (m.index > from) out.push({ type: 'text', value: text.slice(from, m.index) });
    out.push({
      type: 'element',
      tagName: 'span',
      properties: { className: [KEEP_CLASS] },
      children: [{ type: 'text', value: m[0] }],
    });
    from = m.index + m[0].length;
  }
  if (from < text.length || out.length === 0) out.push({ type: 'text', value: text.slice(from) });
  return out;
}
