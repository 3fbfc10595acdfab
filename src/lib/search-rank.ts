/**
 * Keeps, ranks and locates search results by the literal text of each
 * document, whatever back end proposed them: a page is a result only if its
 * folded text holds part of the query, or a related word of the query leads
 * to it; pages that hold more of it come first. Pure; the back ends only
 * propose candidates.
 *
 * Order: the number of query parts a page covers (by any of their forms, or
 * as the page a related word leads to); then the parts it holds cleanly, by
 * the words typed or the term they name; then those it holds only through a
 * related word (实习 for 顶岗实习) or a lead (多少钱 for 方案没有写的); then
 * those it holds only across a known word's edge (实习 inside 落实习近平, 高职
 * inside 提高职业院校); then parts found in its title; then how often they
 * occur; then reading order.
 */
import { excerpt, type Excerpt } from './excerpt.ts';
import type { SearchKind } from './search-filter.ts';
import { foldForSearch, type ParsedQuery } from './search-query.ts';
import { occurrences, type TermMatcher } from './terms.ts';

/** A block of a searchable document: a paragraph with its anchor, or the title. */
export interface SearchBlock {
  /** The fragment that shows it (`p1`), absent for a title. */
  anchor?: string;
  text: string;
  /** Whether it is the document's title or heading. */
  title: boolean;
}

/** A page as search sees it. */
export interface SearchDoc {
  id: string;
  /** Site-relative URL of the page. */
  url: string;
  title: string;
  /** Where it sits: 二、重点任务 › （四）打造高素质职教师资队伍, or 术语表. */
  where: string;
  /** What kind of page it is, for the kind filter. */
  kind: SearchKind;
  /** The URL segment of the part of the plan it sits in (`tasks`), for the part filter; absent outside the parts. */
  part?: string;
  blocks: SearchBlock[];
}

export interface SearchResult {
  doc: SearchDoc;
  /** Query parts held cleanly, and only loosely or across a word's edge. */
  held: number;
  weak: number;
  /** What the reader typed for each part this page does not hold at all, in the query's order. */
  lacks: string[];
  /** Parts this page holds only because a related word leads here (多少钱 → 方案没有写的), as typed. */
  led: string[];
  /** The block to link to: the one holding most of the query. */
  block: SearchBlock;
  /** The block's text around the first use, the uses highlighted; when only the title holds the query, the page's opening. */
  excerpt: Excerpt;
}

/** Words that must not be cut by a match, besides the glossary's own forms. */
export const PROTECTED_WORDS = ['习近平'];

interface Hit {
  group: number;
  start: number;
  end: number;
  /** A form of the term, clear of any known word's edge. */
  clean: boolean;
  /** Only across a known word's edge: weaker than a loose related word. */
  edge: boolean;
  /** The words a related word led to on this page, not a form of the part. */
  lead: boolean;
}

export interface Ranker {
  /** Ranks the candidate documents (all when `candidates` is undefined); drops those that hold nothing. */
  rank(query: ParsedQuery, docs: readonly SearchDoc[], candidates?: ReadonlySet<string>): SearchResult[];
}

/** `words` finds the known words of a text (the glossary matcher), whose edges a match must not cut. */
export function createRanker(words: TermMatcher): Ranker {
  const folded = new Map<string, ReturnType<typeof foldForSearch> & { known: Array<[number, number]> }>();
  const prepared = (text: string) => {
    let f = folded.get(text);
    if (!f) {
      const base = foldForSearch(text, { breaks: true });
      const known: Array<[number, number]> = words.find(base.folded).map((m) => [m.start, m.end]);
      for (const w of PROTECTED_WORDS) for (const i of occurrences(base.folded, w)) known.push([i, i + w.length]);
      f = { ...base, known };
      folded.set(text, f);
    }
    return f;
  };
  const hitsIn = (query: ParsedQuery, doc: SearchDoc, text: string): Hit[] => {
    const f = prepared(text);
    const hits: Hit[] = [];
    query.groups.forEach((g, group) => {
      for (const lead of g.leads) {
        if (lead.doc !== doc.id) continue;
        const see = foldForSearch(lead.see).folded;
        for (const i of occurrences(f.folded, see))
          hits.push({ group, start: i, end: i + see.length, clean: false, edge: false, lead: true });
      }
      for (const [forms, strict] of [
        [g.forms, true],
        [g.loose, false],
      ] as const) {
        for (const form of forms) {
          for (const i of occurrences(f.folded, form)) {
            const end = i + form.length;
            const cuts = f.known.some(([s, e]) => (s < i && i < e && e < end) || (i < s && s < end && end < e));
            hits.push({ group, start: i, end, clean: strict && !cuts, edge: cuts, lead: false });
          }
        }
      }
    });
    return hits;
  };
  return {
    rank(query, docs, candidates) {
      if (!query.groups.length) return [];
      const scored = docs
        .map((doc, order) => {
          if (candidates && !candidates.has(doc.id)) return undefined;
          const perBlock = doc.blocks.map((b) => ({ b, hits: hitsIn(query, doc, b.text) }));
          const all = perBlock.flatMap((p) => p.hits);
          const groupsOf = (keep: (h: Hit) => boolean) => new Set(all.filter(keep).map((h) => h.group));
          const clean = groupsOf((h) => h.clean);
          const any = groupsOf(() => true);
          if (!any.size) return undefined;
          const loose = groupsOf((h) => !h.clean && !h.edge);
          const covered = groupsOf((h) => !h.edge);
          const text = groupsOf((h) => !h.lead);
          const inTitle = new Set(perBlock.filter((p) => p.b.title).flatMap((p) => p.hits.map((h) => h.group)));
          const count = (hits: readonly Hit[], keep: (h: Hit) => boolean) =>
            new Set(hits.filter(keep).map((h) => h.group)).size;
          // The paragraph to link: the one covering most parts, then holding most cleanly, then not the title.
          const best = perBlock
            .filter((p) => p.hits.length)
            .sort(
              (a, c) =>
                count(c.hits, (h) => !h.edge) - count(a.hits, (h) => !h.edge) ||
                count(c.hits, (h) => h.clean) - count(a.hits, (h) => h.clean) ||
                Number(a.b.title) - Number(c.b.title),
            )[0]!;
          const f = prepared(best.b.text);
          const ranges = best.hits.map((h) => ({ start: f.map[h.start]!, end: f.map[h.end - 1]! + 1 }));
          // Held only by the title, which the result already shows: show how the page begins instead.
          const opening = best.b.title ? doc.blocks.find((b) => !b.title) : undefined;
          return {
            result: {
              doc,
              held: clean.size,
              weak: any.size - clean.size,
              lacks: query.groups.filter((_, i) => !any.has(i)).map((g) => g.typed),
              led: query.groups.filter((_, i) => any.has(i) && !text.has(i)).map((g) => g.typed),
              block: best.b,
              excerpt: opening ? excerpt(opening.text, []) : excerpt(best.b.text, ranges),
            },
            key: [covered.size, clean.size, loose.size, any.size, inTitle.size, all.length, -order],
          };
        })
        .filter((x) => x !== undefined);
      scored.sort((a, b) => {
        for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
        return 0;
      });
      return scored.map((s) => s.result);
    },
  };
}
