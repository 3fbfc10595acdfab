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
  /** Related everyday words: typed, they lead to the entry, but they are not its names and rank below pages that hold them. */
  words: readonly string[];
  /** Slugs of related entries: the query's glossary neighbours, offered as suggestions. */
  near: readonly string[];
}

/** A related word of a page that is not a glossary entry (a section of 路径指南): typed, it leads to that page. */
export interface Lead {
  word: string;
  /** The search document it leads to (`guide:meiyou-xie`). */
  doc: string;
  /** Words of that document's text that answer it, shown in its excerpt (学费和资助). */
  see: string;
}

/** One part of the query a page may hold: any one of its forms counts. */
export interface QueryGroup {
  /** What the reader typed for it, folded. */
  typed: string;
  /** The glossary entry whose term or alias was typed, if any. */
  slug?: string;
  /** The glossary entries it stands for or leads to. */
  entries: string[];
  /** Every folded form that counts as holding it: what was typed, and the term and its aliases when one was typed. */
  forms: string[];
  /** Forms that hold it loosely: an entry's related words, and the entry's own forms when a related word was typed. */
  loose: string[];
  /** Pages it leads to by a related word, with the words there that answer it. */
  leads: Array<{ doc: string; see: string }>;
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
const unique = (xs: readonly string[]) => [...new Set(xs.map(fold))].filter(Boolean);

export interface QueryParser {
  parse(raw: string): ParsedQuery;
  /** Every word and form the parser knows as one piece, folded, for telling a typo from a known word. */
  known(folded: string): Array<{ start: number; end: number }>;
}

/** A related word and what it leads to: the entries it is related to, and the pages. */
interface Related {
  entries: string[];
  leads: Array<{ doc: string; see: string }>;
}

export function createQueryParser(lexicon: readonly Lexeme[], leadWords: readonly Lead[] = []): QueryParser {
  const formsOf = new Map(lexicon.map((l) => [l.slug, unique([l.term, ...l.aliases, ...(l.kinds ?? [])])]));
  const wordsOf = new Map(lexicon.map((l) => [l.slug, unique(l.words)]));
  const named = new Set(lexicon.flatMap((l) => formsOf.get(l.slug) ?? []));
  // A related word may lead to several entries (实习: 顶岗实习 and 实习实训) and pages; a term or alias is never one.
  const related = new Map<string, Related>();
  const relate = (word: string) => {
    const w = fold(word);
    if (!w || named.has(w)) return undefined;
    const r = related.get(w) ?? { entries: [], leads: [] };
    related.set(w, r);
    return r;
  };
  for (const l of lexicon) for (const w of l.words) relate(w)?.entries.push(l.slug);
  for (const l of leadWords) relate(l.word)?.leads.push({ doc: l.doc, see: l.see });
  // Related words are forms of the query (not of the text): a reader's 职高 leads to 中等职业学校.
  const matcher = createMatcher([
    ...lexicon.map((l) => ({ slug: l.slug, term: l.term, aliases: l.aliases, kinds: l.kinds, notIn: [] })),
    ...[...related.keys()].map((w) => ({ slug: `word:${w}`, term: w, aliases: [], notIn: [] })),
  ]);
  return {
    known: (folded) => matcher.find(folded),
    parse(raw) {
      const folded = fold(raw);
      const groups: QueryGroup[] = [];
      const dropped: string[] = [];
      const add = (w: string) => {
        if (!groups.some((g) => g.typed === w))
          groups.push({ typed: w, entries: [], forms: [w], loose: [], leads: [] });
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
        const r = related.get(typed);
        if (r && m.slug.startsWith('word:')) {
          if (!groups.some((g) => g.typed === typed)) {
            // The entry's own forms, and its other related words (企业实习 → 实习), all below what was typed.
            const loose = unique(
              r.entries.flatMap((s) => [...(formsOf.get(s) ?? []), ...(wordsOf.get(s) ?? [])]),
            ).filter((f) => f !== typed);
            groups.push({ typed, entries: r.entries, forms: [typed], loose, leads: r.leads });
          }
        } else if (!groups.some((g) => g.slug === m.slug)) {
          const forms = [...new Set([typed, ...(formsOf.get(m.slug) ?? [])])];
          const loose = (wordsOf.get(m.slug) ?? []).filter((f) => !forms.includes(f));
          groups.push({ typed, slug: m.slug, entries: [m.slug], forms, loose, leads: [] });
        }
        at = m.end;
      }
      words(folded.slice(at));
      return { folded, groups, dropped };
    },
  };
}
