/**
 * The online search page: the site's text from search-data.json. Pagefind
 * is loaded only when the address asks for it (`?backend=pagefind`, the
 * tests' oracle); src/scripts/search-page.ts says why.
 */
import type { ParsedQuery } from '../lib/search-query.ts';
import type { SearchFilters } from '../lib/search-filter.ts';
import { startSearch, type SearchData } from './search-page.ts';

/** The small part of Pagefind's browser API this page uses. */
interface PagefindApi {
  search(
    term: string,
    options: { filters: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
}

/** Pages Pagefind proposes for any form of any part of the query, by site-relative URL. */
async function candidates(
  pagefindUrl: string,
  query: ParsedQuery,
  filters: SearchFilters,
  root: URL,
): Promise<Set<string> | undefined> {
  try {
    // Resolved against the page: a relative specifier would resolve against this bundled module's own URL.
    const pagefind: PagefindApi = await import(/* @vite-ignore */ new URL(pagefindUrl, location.href).href);
    const urls = new Set<string>();
    // The pages carry the same filter values (kind:plan, part:tasks), so Pagefind narrows as the core does.
    const options = { filters: { ...filters } };
    // Every form at once: Pagefind queues them itself, and a query with many forms need not wait for each in turn.
    const forms = [...new Set(query.groups.flatMap((g) => [...g.forms, ...g.loose]))];
    const found = await Promise.all(forms.map((form) => pagefind.search(form, options)));
    for (const { results } of found)
      for (const r of await Promise.all(results.map((x) => x.data())))
        urls.add('/' + new URL(r.url, location.href).pathname.slice(root.pathname.length));
    return urls;
  } catch {
    return undefined;
  }
}

startSearch({
  name: 'core',
  data: (url) => fetch(url).then((r): Promise<SearchData> => r.json()),
  candidates,
});
