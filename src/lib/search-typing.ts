/**
 * Forgiving how people type, from the site's own words: traditional
 * characters read as simplified, pinyin (whole or by initials) read as the
 * site's words, and one wrong character in a known word. The data is made
 * at build time (`typingData`, from OpenCC's table and pinyin-pro's
 * readings, src/pages/search-data.json.ts) and shipped with the search
 * text; the reader's query is changed, never the published text. Pure.
 */

/** What the search page ships to forgive typing; the words themselves it reads from the search data (`siteWords`). */
export interface TypingData {
  /**
   * Traditional characters, each followed by its simplified form (OpenCC's
   * TSCharacters): only characters the site's text never uses itself, whose
   * simplified form it does use, so a character the text holds is never
   * changed.
   */
  t2s: string;
  /**
   * Each character of the site's words followed by its toneless pinyin as
   * those words read it, readings apart by commas: `职zhi普pu重chong,zhong`.
   */
  readings: string;
}

/** Where the site's own words come from: the search data itself, so the page need not ship them twice. */
export interface WordSources {
  lexicon: ReadonlyArray<{
    term: string;
    aliases: readonly string[];
    kinds?: readonly string[];
    words: readonly string[];
  }>;
  leads: ReadonlyArray<{ word: string }>;
  docs: ReadonlyArray<{ title: string }>;
}

const titleSegmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * The site's own words, for reading pinyin and typos: glossary terms,
 * aliases, kinds and related words, the guide's related words, and every title
 * (institutions' names among them) whole and by its words.
 */
export function siteWords({ lexicon, leads, docs }: WordSources): string[] {
  const words = [
    ...lexicon.flatMap((l) => [l.term, ...l.aliases, ...(l.kinds ?? []), ...l.words]),
    ...leads.map((l) => l.word),
    ...docs.flatMap((d) => {
      // A title's words, single characters in a row joined as the query parser joins them (师|德 → 师德),
      // and each two words in a row (师德师风), as readers name what a title is about.
      const parts: string[] = [];
      let single = false;
      for (const { segment, isWordLike } of titleSegmenter.segment(d.title)) {
        const one = isWordLike === true && [...segment].length === 1 && /\p{Script=Han}/u.test(segment);
        if (one && single) parts[parts.length - 1] += segment;
        else if (isWordLike) parts.push(segment);
        single = one;
      }
      return [d.title.replace(/^[\d\s]+/, ''), ...parts, ...parts.slice(1).map((p, i) => parts[i] + p)];
    }),
  ];
  return [...new Set(words.map((w) => w.trim()))].filter((w) => [...w].length >= 2 && /^\p{Script=Han}+$/u.test(w));
}

/** What the build reads the typing data from. */
export interface TypingSources {
  /** The site's own words (`siteWords`). */
  words: readonly string[];
  /** Every text search ranks, to keep only characters it uses. */
  text: string;
  /** OpenCC's TSCharacters table as it ships: `乾 干|亂 乱|…`, the first simplified form preferred. */
  tsCharacters: string;
  /** A word's toneless pinyin by syllable (pinyin-pro, reading in context). */
  pinyinOf: (word: string) => string[];
}

/** The typing data for a site: its words' pinyin and the traditional characters it can read. */
export function typingData({ words, text, tsCharacters, pinyinOf }: TypingSources): TypingData {
  const used = new Set(text);
  let t2s = '';
  for (const pair of tsCharacters.split('|')) {
    const [trad, simp] = pair.split(' ');
    if (!trad || !simp || [...trad].length !== 1 || [...simp].length !== 1 || trad === simp) continue;
    if (used.has(trad) || !used.has(simp)) continue;
    t2s += trad + simp;
  }
  // Each character's readings in the words that use it, read in context (重庆 chong qing, 重点 zhong dian).
  const readings = new Map<string, Set<string>>();
  for (const w of words) {
    const chars = [...w];
    const syllables = pinyinOf(w);
    if (syllables.length !== chars.length || !syllables.every((s) => /^[a-z]+$/.test(s))) continue;
    chars.forEach((c, i) => readings.set(c, (readings.get(c) ?? new Set()).add(syllables[i]!)));
  }
  return {
    t2s,
    readings: [...readings]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([c, r]) => c + [...r].sort().join(','))
      .join(''),
  };
}

/** A stretch of Latin letters read as the site's words. */
export interface PinyinReading {
  /** One choice of word per part of the stretch, or several where the reading is ambiguous. */
  parts: string[][];
  /** Whether it was read by initials (ssx) rather than whole syllables. */
  initials: boolean;
}

export interface Typist {
  /** The text with every traditional character the site can read made simplified. */
  simplify(text: string): string;
  /** A run of Latin letters (any case, tone marks or digits allowed) read as the site's words, if it can be. */
  pinyin(run: string): PinyinReading | undefined;
  /** The site's words of three or more characters that differ from `text` in exactly one character. */
  oneOff(text: string): string[];
  /** The site's words. */
  words: readonly string[];
}

/** Tone marks and tone digits off, ü as v, lower case: how the words' pinyin is keyed. */
export const plainPinyin = (run: string): string =>
  run
    .normalize('NFD')
    .replace(/u\u0308|ü/giu, 'v')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(?<=[a-z])[1-5]/g, '');

/** Every way of reading a word from its characters' readings, at most `limit`; none if a character has none. */
function readingsOf(word: string, of: ReadonlyMap<string, readonly string[]>, limit = 4): string[][] {
  let out: string[][] = [[]];
  for (const c of word) {
    const r = of.get(c);
    if (!r) return [];
    out = out.flatMap((syllables) => r.map((s) => [...syllables, s])).slice(0, limit);
  }
  return out;
}

export function createTypist(data: TypingData, words: readonly string[]): Typist {
  const t2s = new Map<string, string>();
  const chars = [...data.t2s];
  for (let i = 0; i + 1 < chars.length; i += 2) t2s.set(chars[i]!, chars[i + 1]!);
  const charReadings = new Map(
    [...data.readings.matchAll(/(\P{Script=Latin})([a-z,]+)/gu)].map((m) => [m[1]!, m[2]!.split(',')] as const),
  );
  const whole = new Map<string, string[]>();
  const initials = new Map<string, string[]>();
  const add = (m: Map<string, string[]>, key: string, w: string) => {
    const had = m.get(key) ?? [];
    if (!had.includes(w)) m.set(key, [...had, w]);
  };
  for (const w of words)
    for (const syllables of readingsOf(w, charReadings)) {
      add(whole, syllables.join(''), w);
      add(initials, syllables.map((s) => s[0]).join(''), w);
    }
  const longest = Math.max(0, ...[...whole.keys()].map((k) => k.length));
  const byLength = new Map<number, string[]>();
  for (const w of words) {
    const n = [...w].length;
    if (n >= 3) byLength.set(n, [...(byLength.get(n) ?? []), w]);
  }

  /** The fewest words whose pinyin, end to end, spells `s` exactly; undefined when none do. */
  const cover = (s: string): string[][] | undefined => {
    const best: Array<string[][] | undefined> = [[]];
    for (let end = 1; end <= s.length; end++) {
      for (let start = Math.max(0, end - longest); start < end; start++) {
        const before = best[start];
        const words = whole.get(s.slice(start, end));
        if (!before || !words) continue;
        if (!best[end] || before.length + 1 < best[end]!.length) best[end] = [...before, words];
      }
    }
    return best[s.length];
  };

  return {
    words,
    simplify: (text) => [...text].map((c) => t2s.get(c) ?? c).join(''),
    pinyin(run) {
      const s = plainPinyin(run);
      if (!/^[a-z]+$/.test(s)) return undefined;
      const parts = cover(s);
      if (parts?.length) return { parts, initials: false };
      // Initials only where they name one word: ssx is 双师型, and nothing else of the site's.
      const named = s.length >= 2 ? initials.get(s) : undefined;
      return named?.length === 1 ? { parts: [named], initials: true } : undefined;
    },
    oneOff(text) {
      const typed = [...text];
      return (byLength.get(typed.length) ?? []).filter((w) => {
        let diff = 0;
        [...w].forEach((c, i) => (diff += Number(c !== typed[i])));
        return diff === 1;
      });
    },
  };
}
