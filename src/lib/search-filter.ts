/**
 * Narrowing search results by the part of the plan a page sits in and the
 * kind of page it is, as the search page's two filters and its URL
 * (`?q=双师型&part=tasks&kind=plan`) say. Pure, so that every back end's
 * results pass through the same rules.
 */
import type { SearchDoc } from './search-rank.ts';

/** The kinds of page search finds: the plan's text, glossary entries, and our pages for parents (常见问题). */
export const SEARCH_KINDS = ['plan', 'glossary', 'guide'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** What the reader narrowed the results to; an absent field means every value. */
export interface SearchFilters {
  kind?: SearchKind;
  /** A part's URL segment (`tasks`): src/lib/url.ts's PART_SLUGS. */
  part?: string;
}

/** The filters a URL asks for; an unknown value (a hand-edited or stale link) is ignored, not an error. */
export function readFilters(params: { get(name: string): string | null }, parts: readonly string[]): SearchFilters {
  const kind = SEARCH_KINDS.find((k) => k === params.get('kind'));
  const part = parts.find((p) => p === params.get('part'));
  return { ...(kind ? { kind } : {}), ...(part ? { part } : {}) };
}

/** Whether a page is within the filters. A part filter keeps only pages of that part: never the glossary. */
export const passes = (doc: Pick<SearchDoc, 'kind' | 'part'>, filters: SearchFilters): boolean =>
  (!filters.kind || doc.kind === filters.kind) && (!filters.part || doc.part === filters.part);

/**
 * How many results each choice of a filter would give, the other filter held
 * as chosen, by the choice's URL value; `''` is 全部 (for the part filter it
 * also counts the pages outside the three parts).
 */
export interface Facets {
  kind: Map<string, number>;
  part: Map<string, number>;
}

export function facets(docs: ReadonlyArray<Pick<SearchDoc, 'kind' | 'part'>>, filters: SearchFilters): Facets {
  const facets: Facets = { kind: new Map(), part: new Map() };
  const count = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  for (const d of docs) {
    if (passes(d, { ...filters, kind: undefined })) {
      count(facets.kind, '');
      count(facets.kind, d.kind);
    }
    if (passes(d, { ...filters, part: undefined })) {
      count(facets.part, '');
      if (d.part !== undefined) count(facets.part, d.part);
    }
  }
  return facets;
}
