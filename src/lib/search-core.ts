/**
 * One search, from what the reader typed to what the page shows: the query
 * cut to its limit, typing forgiven (traditional characters, pinyin, one
 * wrong character), understood, ranked over the site's text, and told
 * honestly: which parts no page holds, which pages only a related word led
 * to, and what to try next, drawn from the query itself. Pure and the same
 * everywhere: the online page, the offline archive and the tests in Node
 * all call `createSearch` over the same data (search-data.json).
 */
import {
  createQueryParser,
  FILLER_WORDS,
  foldForSearch,
  type Lead,
  type Lexeme,
  type ParsedQuery,
} from './search-query.ts';
import { createRanker, type SearchDoc, type SearchResult } from './search-rank.ts';
import { createTypist, siteWords, type TypingData } from './search-typing.ts';
import { createMatcher } from './terms.ts';

/** What the search page loads: search-data.json online, search-data.js in the offline archive. */
export interface SearchData {
  lexicon: Lexeme[];
  leads: Lead[];
  typing: TypingData;
  docs: SearchDoc[];
}

/** The longest query searched; the search box holds no more, and a longer one from a link is cut. */
export const QUERY_LIMIT = 200;

/** A word read as another: pinyin as the site's words, or one wrong character (您是不是要找). */
export interface Correction {
  /** What the reader typed, folded. */
  typed: string;
  /** What it may mean, the site's own words: one when certain. */
  forms: string[];
  /** Whether the search used `forms[0]` instead of what was typed: only when there is one form. */
  applied: boolean;
  /** How it was read. */
  by: 'pinyin' | 'initials' | 'typo';
}

export interface SearchOutcome {
  /** The query as searched: what was typed, cut to QUERY_LIMIT characters. */
  raw: string;
  /** Whether what was typed was longer and cut. */
  shortened: boolean;
  /** The query with traditional characters made simplified, when any were. */
  simplified?: string;
  corrections: Correction[];
  query: ParsedQuery;
  results: SearchResult[];
  /** Whether the query has several parts and no page holds them all in its text. */
  partial: boolean;
  /** Queries to try next, drawn from this one: its parts that matched alone, its glossary neighbours. */
  suggestions: string[];
}

export interface Search {
  search(raw: string): SearchOutcome;
}

const HAN_RUN = /^\p{Script=Han}+$/u;
const wordEdges = new Intl.Segmenter('zh-CN', { granularity: 'word' });
/** Whether words hold a question word (能, 孩子): never part of a typo or of what it is read as. */
const hasFiller = (s: string) => [...wordEdges.segment(s)].some((w) => FILLER_WORDS.has(w.segment));
const LATIN_RUN = /[\p{Script=Latin}\p{M}0-9]+/gu;

export function createSearch(data: SearchData): Search {
  const parser = createQueryParser(data.lexicon, data.leads);
  const ranker = createRanker(createMatcher(data.lexicon));
  const typist = createTypist(data.typing, siteWords(data));
  const termOf = new Map(data.lexicon.map((l) => [l.slug, l]));
  // Everything search ranks, folded as the ranker folds it: what "in the text" means for a correction.
  const corpus = data.docs
    .flatMap((d) => d.blocks.map((b) => foldForSearch(b.text, { breaks: true }).folded))
    .join('\n');
  const inText = (s: string) => corpus.includes(s);

  /** Latin runs read as pinyin, unless the text holds them as they are (1+X's X). */
  function readPinyin(folded: string, corrections: Correction[]): string {
    return folded.replace(LATIN_RUN, (run) => {
      if (!/\p{L}/u.test(run) || inText(run)) return run;
      const reading = typist.pinyin(run);
      if (!reading) return run;
      const by = reading.initials ? 'initials' : 'pinyin';
      if (reading.parts.every((p) => p.length === 1)) {
        const words = reading.parts.map((p) => p[0]!);
        corrections.push({ typed: run, forms: [words.join('')], applied: true, by });
        return words.join('');
      }
      // Homophones among the site's words: offer each reading, search none.
      const forms = reading.parts.reduce<string[]>((acc, p) => acc.flatMap((a) => p.map((w) => a + w)), ['']);
      corrections.push({ typed: run, forms: forms.slice(0, 5), applied: false, by });
      return run;
    });
  }

  /** A stretch the text never holds that is one character off a site word of three or more: 职普必 → 职普比. */
  function readTypos(folded: string, corrections: Correction[]): string {
    const taken = parser.known(folded).map((m) => [m.start, m.end] as [number, number]);
    // A stretch starts and ends between the query's words: 些大学 in 綦江有哪些大学 is no typo of 上大学.
    // Nor does it hold a question word: 了能学 in 下岗了能学技术吗 is no typo of 也能学.
    const segments = [...wordEdges.segment(folded)];
    for (const w of segments) if (FILLER_WORDS.has(w.segment)) taken.push([w.index, w.index + w.segment.length]);
    const edges = new Set(segments.flatMap((w) => [w.index, w.index + w.segment.length]));
    const free = (s: number, e: number) => edges.has(s) && edges.has(e) && taken.every(([a, b]) => e <= a || b <= s);
    let out = folded;
    const longest = Math.max(0, ...typist.words.map((w) => w.length));
    for (let n = Math.min(longest, folded.length); n >= 3; n--) {
      for (let s = 0; s + n <= folded.length; s++) {
        const window = out.slice(s, s + n);
        if (!free(s, s + n) || !HAN_RUN.test(window) || inText(window)) continue;
        if (hasFiller(window)) continue;
        const forms = typist.oneOff(window).filter((f) => !hasFiller(f));
        if (!forms.length) continue;
        taken.push([s, s + n]);
        const applied = forms.length === 1;
        corrections.push({ typed: window, forms: forms.slice(0, 5), applied, by: 'typo' });
        if (applied) out = out.slice(0, s) + forms[0]! + out.slice(s + n);
      }
    }
    return out;
  }

  /** Its parts that pages hold, each alone, and the glossary entries it names or leads to with their neighbours. */
  function suggest(query: ParsedQuery, results: readonly SearchResult[], partial: boolean): string[] {
    const out: string[] = [];
    if (partial) {
      const held = new Set(
        results.flatMap((r) => query.groups.map((g) => g.typed).filter((t) => !r.lacks.includes(t))),
      );
      out.push(...query.groups.map((g) => g.typed).filter((t) => held.has(t)));
    }
    for (const g of query.groups)
      for (const slug of g.entries) {
        const entry = termOf.get(slug);
        if (!entry) continue;
        out.push(entry.term, ...entry.near.flatMap((n) => termOf.get(n)?.term ?? []));
      }
    return [...new Set(out)].filter((s) => foldForSearch(s).folded !== query.folded).slice(0, 6);
  }

  return {
    search(typed) {
      const chars = [...typed];
      const raw = chars.slice(0, QUERY_LIMIT).join('');
      const folded = foldForSearch(raw).folded;
      const simplified = typist.simplify(folded);
      const corrections: Correction[] = [];
      const rewritten = readTypos(readPinyin(simplified, corrections), corrections);
      const query = { ...parser.parse(rewritten), folded };
      const results = ranker.rank(query, data.docs);
      const partial = query.groups.length > 1 && !results.some((r) => !r.lacks.length && !r.led.length);
      return {
        raw,
        shortened: chars.length > QUERY_LIMIT,
        ...(simplified !== folded ? { simplified } : {}),
        corrections,
        query,
        results,
        partial,
        suggestions: results.length && !partial ? [] : suggest(query, results, partial),
      };
    },
  };
}
