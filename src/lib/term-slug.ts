/**
 * The URL name of a glossary entry, made once from the term's pinyin when the
 * entry is written (scripts/new-term.ts) and stored in its file, so a later
 * pinyin library or a changed reading never moves a published address.
 * Syllables of one word are written together and words are joined by
 * hyphens (三教改革 → sanjiao-gaige); letters and digits are kept as they are.
 */

/** A piece of the term as a word segmenter cut it. */
export interface TermWord {
  /** The characters of the word. */
  text: string;
}

const isHan = (c: string) => /\p{Script=Han}/u.test(c);

/**
 * The slug from the term's words and the pinyin of its Han characters, in
 * order. Runs of one-character words are joined (三|教|改革 → sanjiao-gaige),
 * since a segmenter leaves abbreviations such as 三教 in single characters.
 */
export function slugFromPinyin(words: readonly TermWord[], syllables: readonly string[]): string {
  const hanCount = words.reduce((n, w) => n + [...w.text].filter(isHan).length, 0);
  if (hanCount !== syllables.length)
    throw new Error(
      `${hanCount} Han characters but ${syllables.length} syllables: ${words.map((w) => w.text).join('')}`,
    );
  let next = 0;
  const romanized = words.map((w) => ({
    single: [...w.text].length === 1,
    text: [...w.text]
      .map((c) => (isHan(c) ? syllables[next++]!.toLowerCase().replace(/ü|v/g, 'v') : c.toLowerCase()))
      .join('')
      .replace(/[^a-z0-9]/g, ''),
  }));
  const joined: string[] = [];
  let run = '';
  for (const w of romanized) {
    if (!w.text) continue;
    if (w.single) run += w.text;
    else {
      if (run) joined.push(run);
      run = '';
      joined.push(w.text);
    }
  }
  if (run) joined.push(run);
  const slug = joined.join('-');
  if (!slug) throw new Error(`the term "${words.map((w) => w.text).join('')}" gives no slug`);
  return slug;
}
