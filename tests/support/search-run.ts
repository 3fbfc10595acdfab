/**
 * Runs queries on the built search page in Chromium and reads what a reader would see: the result links in order, with what
 * the page recorded about the run (Pagefind's misses the core added, time).
 * Shared by the query-set tests and `npm run bench`.
 */
import type { Browser } from 'playwright-core';
import type { ExpectedQuery } from '../fixtures/search-queries.ts';

export interface QueryRun {
  q: string;
  /** Result links in order, as site-relative path and fragment (`/plan/tasks/09/#p1`). */
  links: string[];
  /** The results the core added because Pagefind did not propose them. */
  added: number;
  /** Which back end proposed candidates: `pagefind`, or `text` when it could not load. */
  backend: string;
  /** From the script's start to results shown, to Pagefind's answer as well, and the ranking alone, in ms. */
  shownMs: number;
  ms: number;
  rankMs: number;
  /** The text of the results area. */
  text: string;
}

/** What the page shows after one search, read in the page. */
type PageRun = Omit<QueryRun, 'q'>;

/**
 * Searches each query in turn from the page's own box, as a reader does (the form's submit, as Enter
 * sends it), and reads what is shown once the page has finished that query. Runs in the page, so a
 * whole set costs one round trip from the test, not several per query.
 */
async function searchAll(queries: readonly string[]): Promise<PageRun[]> {
  const box = document.querySelector<HTMLElement>('#search-results');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  if (!box || !input?.form) throw new Error('no search box or results on this page');
  const out: PageRun[] = [];
  for (const q of queries) {
    const searched = [...q].slice(0, 200).join('');
    const finished = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no results for ${q} after 20 s`)), 20_000);
      const seen = new MutationObserver(() => {
        if (box.dataset.done === undefined || box.dataset.query !== searched) return;
        clearTimeout(timer);
        seen.disconnect();
        resolve();
      });
      seen.observe(box, { attributes: true });
    });
    input.value = q;
    input.form.requestSubmit();
    await finished;
    out.push({
      links: [...document.querySelectorAll<HTMLAnchorElement>('.search-results h2 a')].map(
        (a) => new URL(a.href).pathname + new URL(a.href).hash,
      ),
      added: Number(box.dataset.added ?? 0),
      backend: box.dataset.backend ?? '',
      shownMs: Number(box.dataset.shownMs),
      ms: Number(box.dataset.ms),
      rankMs: Number(box.dataset.rankMs ?? 0),
      text: box.innerText,
    });
  }
  return out;
}

/**
 * Opens the search page once and then searches every query from its box, in the page, so the page's
 * index stays loaded (one page: the machine's two cores gain nothing from more); `site` is the URL of
 * the site's root.
 */
export async function runQueries(
  browser: Browser,
  site: string,
  queries: readonly string[],
  /** The search page under `site`: a folder over HTTP, its index.html from a disk (file://). */
  searchPage = 'search/',
): Promise<Map<string, QueryRun>> {
  const root = new URL(site).pathname;
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site}${searchPage}`);
  await page.waitForSelector('#search-results[data-done]');
  const unique = [...new Set(queries)];
  const shown = await page.evaluate(searchAll, unique);
  await context.close();
  // A relative build names index.html in its links; the expected pages are written as folders.
  const asFolder = (l: string) => l.replace(/index\.html(?=#|$)/, '');
  return new Map(
    unique.map((q, i) => [
      q,
      { q, ...shown[i]!, links: shown[i]!.links.map((l) => '/' + asFolder(l.slice(root.length))) },
    ]),
  );
}

/** Result links of the plan's own pages, in order: glossary entries (and guides) may stand above them. */
export const planLinks = (links: readonly string[]) =>
  links.filter((l) => l.startsWith('/plan/') || l.startsWith('/notice/'));

/** The 1-based rank of the expected page among the plan's pages (or every result), 0 when absent; a page without a fragment matches any paragraph of it. */
export function rankOf(run: Pick<QueryRun, 'links'> | undefined, expected: ExpectedQuery): number {
  const links = expected.among === 'plan' ? planLinks(run?.links ?? []) : (run?.links ?? []);
  const i = links.findIndex(
    (l) => l === expected.page || (!expected.page.includes('#') && l.split('#')[0] === expected.page),
  );
  return i + 1;
}

/** Share of queries whose page is in the first `k` plan results. */
export function recallAt(runs: Map<string, QueryRun>, set: readonly ExpectedQuery[], k: number): number {
  const hits = set.filter((e) => {
    const r = rankOf(runs.get(e.q), e);
    return r > 0 && r <= k;
  }).length;
  return hits / set.length;
}
