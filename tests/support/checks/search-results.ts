/**
 * Search as a reader runs it, in any engine: each query typed into the search
 * page's own box and sent, the result links read in order. Run in every
 * engine on the same query set, so their answers can be compared.
 */
import type { InPage } from '../engines/tab.ts';

/**
 * In the search page: runs each query through the page's form (the page and
 * its loaded index stay, as for a reader searching again) and returns, for
 * each, its result links as path and fragment, in order. Self-contained: it is
 * sent to the page as text.
 */
export const searchInPage = async (queries: string[]) => {
  const box = document.querySelector<HTMLElement>('#search-results');
  const form = document.querySelector<HTMLFormElement>('form.search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  if (!box || !form || !input) return { error: 'no search form or results on this page', links: {} };
  const until = async (ok: () => boolean) => {
    for (let i = 0; i < 600 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
    return ok();
  };
  await until(() => box.dataset.done !== undefined);
  const links: Record<string, string[]> = {};
  for (const q of queries) {
    input.value = q;
    form.requestSubmit();
    if (!(await until(() => box.dataset.done !== undefined && box.dataset.query === q.slice(0, 200))))
      return { error: `no results shown for ${q} within 15 s`, links };
    links[q] = [...box.querySelectorAll<HTMLAnchorElement>('.search-results h2 a')].map((a) => {
      const u = new URL(a.href);
      return u.pathname + u.hash;
    });
  }
  return { error: '', links };
};

/** Runs the queries on the search page the tab is at. */
export async function searchResults(page: InPage, queries: readonly string[]): Promise<Record<string, string[]>> {
  const r = await page.evaluate(searchInPage, [...queries]);
  if (r.error) throw new Error(r.error);
  return r.links;
}
