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

/**
 * Words of the plan's and the notice's titles that a heading keeps whole: a
 * big centred title breaks wherever its line is full, so “发 / 展” or
 * “职业教 / 育” happened on /notice/ at 360 px. Body text keeps none of
 * them, so its justified lines stay even.
 */
export const HEADING_WORDS: readonly string[] = [
  '重庆市',
  '綦江区',
  '教育委员会',
  '关于',
  '印发',
  '职业教育',
  '发展',
  '提升',
  '行动计划',
  '实施方案',
  '通知',
];

const HEADING_KEEP = new RegExp(`${KEEP.source}|${HEADING_WORDS.join('|')}`, 'g');

/**
 * The text as nodes: the words to keep whole each in a `<span class="keep">`;
 * in a heading, the words of HEADING_WORDS too.
 */
export function keepTogether(text: string, heading = false): ElementContent[] {
  const out: ElementContent[] = [];
  let from = 0;
  for (const m of text.matchAll(heading ? HEADING_KEEP : KEEP)) {
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
