/**
 * Chinese order as readers expect it: by pinyin, through the browser's and
 * Node's own ICU collation (`Intl.Collator('zh-CN')`), with the letter index
 * a dictionary prints. The letter of a term is found with the same collator,
 * against the first character CLDR's pinyin index files under each letter,
 * so the index and the order can never disagree: a term sorts under the last
 * letter whose first character does not sort after it.
 */
export const collator = new Intl.Collator('zh-CN');

/** The first character under each letter of the pinyin index (there is no I, U or V). */
const LETTER_STARTS: ReadonlyArray<readonly [string, string]> = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '咑'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

/** The index letter of a term, or undefined for one that starts before A (a digit, a Latin letter). */
export function indexLetter(term: string): string | undefined {
  if (!/^\p{Script=Han}/u.test(term)) return undefined;
  let letter: string | undefined;
  for (const [l, first] of LETTER_STARTS) if (collator.compare(term, first) >= 0) letter = l;
  return letter;
}

/** Items sorted by pinyin and grouped under their index letters, in order; `undefined` holds the rest, first. */
export function byLetter<T>(items: readonly T[], termOf: (item: T) => string): Array<{ letter?: string; items: T[] }> {
  const groups: Array<{ letter?: string; items: T[] }> = [];
  for (const item of [...items].sort((a, b) => collator.compare(termOf(a), termOf(b)))) {
    const letter = indexLetter(termOf(item));
    const last = groups.at(-1);
    if (last && last.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return groups;
}
