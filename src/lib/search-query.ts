/**
 * The reader's query, understood: folded the way documents are folded,
 * glossary forms found first (longest wins, as in the text), the rest split
 * into words by the browser's segmenter, question words dropped, and each
 * glossary form expanded into every form of its term. Pure; both back ends
 * (Pagefind online, the offline archive's own index) receive the same
 * parsed query, and the ranking (src/lib/search-rank.ts) reads it.
 */
import { createMatcher, type TermForms } from './terms.ts';

/** The full-width marks that end a clause or sentence in the plan; its ratios (3.2:6.8) keep half-width colons. */
const CLAUSE_MARKS = /^[，。、；：！？]$/u;

/**
 * Folds text for searching: full-width to half-width and letters to upper
 * case (NFKC per character), spaces and punctuation dropped. `map[i]` is the
 * offset in the original text of folded character `i`, so a match in folded
 * text can be highlighted in the original.
 *
 * With `breaks`, for the text searched (not the query), the plan's clause
 * and sentence marks (，。、；：！？) become a line break that no query form
 * holds, so 升学 is not found in 提升，学校; quotation marks and brackets stay
 * transparent, so “双师型”教师 still holds 双师型教师.
 */
export function foldForSearch(text: string, { breaks = false } = {}): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of text) {
    const n = ch.normalize('NFKC').toUpperCase();
    const one = [...n].length === 1 ? n : ch;
    if (breaks && CLAUSE_MARKS.test(ch)) {
      map.push(i);
      folded += '\n';
    } else if (!/[\p{White_Space}\p{P}\p{Cf}]/u.test(one) && !/\p{Extended_Pictographic}/u.test(one)) {
      for (let k = 0; k < one.length; k++) map.push(i);
      folded += one;
    }
    i += ch.length;
  }
  return { folded, map };
}

/**
 * Words a reader's question is built from that carry no meaning a page of
 * the plan could hold (吗, 怎么, 能不能, 孩子 …): dropped, so that a question
 * finds what its other words find.
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  '吗',
  '呢',
  '吧',
  '啊',
  '的',
  '了',
  '么',
  '怎么',
  '怎样',
  '怎么样',
  '如何',
  '为什么',
  '什么',
  '哪些',
  '哪里',
  '哪个',
  '哪儿',
  '多少',
  '几',
  '可以',
  '可不可以',
  '能不能',
  '能否',
  '能',
  '会不会',
  '是不是',
  '有没有',
  '是否',
  '要不要',
  '需要',
  '想',
  '我',
  '我们',
  '孩子',
  '小孩',
  '请问',
  '也',
  '也能',
  '还',
  '还能',
  '有',
  '是',
]);

/** A glossary entry as the query parser needs it: every form a reader may type, and which of them the text uses. */
export interface Lexeme extends TermForms {
  /** Words a parent types for it; they stand for the term but are not in the text. */
  everyday: readonly string[];
}

/** One part of the query a page may hold: any one of its forms counts. */
export interface QueryGroup {
  /** What the reader typed for it, folded. */
  typed: string;
  /** The glossary entry it stands for, if any. */
  slug?: string;
  /** Every folded form that counts as holding it: what was typed, the term and its aliases. */
  forms: string[];
  /** Everyday words for the same term: a page holding only these holds the part loosely. */
  loose: string[];
}

export interface ParsedQuery {
  /** The query folded, as typed. */
  folded: string;
  groups: QueryGroup[];
  /** Words left out as question words or single characters. */
  dropped: string[];
}

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const fold = (s: string) => foldForSearch(s).folded;

export interface QueryParser {
  parse(raw: string): ParsedQuery;
}

export function createQueryParser(lexicon: readonly Lexeme[]): QueryParser {
  // Everyday words are forms of the query (not of the text): a reader's 职高 stands for 中等职业学校.
  const matcher = createMatcher(
    lexicon.map((l) => ({ slug: l.slug, term: l.term, aliases: [...l.aliases, ...l.everyday], notIn: [] })),
  );
  const formsOf = new Map(lexicon.map((l) => [l.slug, [...new Set([l.term, ...l.aliases].map(fold))].filter(Boolean)]));
  const looseOf = new Map(lexicon.map((l) => [l.slug, [...new Set(l.everyday.map(fold))].filter(Boolean)]));
  return {
    parse(raw) {
      const folded = fold(raw.slice(0, 200));
      const groups: QueryGroup[] = [];
      const dropped: string[] = [];
      const add = (w: string) => {
        if (!groups.some((g) => g.typed === w)) groups.push({ typed: w, forms: [w], loose: [] });
      };
      // Runs of single Han characters are joined (三|教 → 三教: a segmenter leaves abbreviations in
      // pieces); a single character alone is dropped unless it is the whole query.
      const words = (stretch: string) => {
        let run = '';
        const flush = () => {
          if ([...run].length > 1 || (run && run === folded)) add(run);
          else if (run) dropped.push(run);
          run = '';
        };
        for (const { segment: w } of segmenter.segment(stretch)) {
          if (FILLER_WORDS.has(w) || !/[\p{L}\p{N}]/u.test(w)) {
            flush();
            dropped.push(w);
          } else if ([...w].length === 1 && /\p{Script=Han}/u.test(w)) run += w;
          else {
            flush();
            add(w);
          }
        }
        flush();
      };
      let at = 0;
      for (const m of matcher.find(folded)) {
        words(folded.slice(at, m.start));
        const typed = folded.slice(m.start, m.end);
        if (!groups.some((g) => g.slug === m.slug)) {
          const forms = [...new Set([typed, ...(formsOf.get(m.slug) ?? [])])];
          const loose = (looseOf.get(m.slug) ?? []).filter((f) => !forms.includes(f));
          groups.push({ typed, slug: m.slug, forms, loose });
        }
        at = m.end;
      }
      words(folded.slice(at));
      return { folded, groups, dropped };
    },
  };
}
