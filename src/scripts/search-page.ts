/**
 * The search page in the browser: reads `?q=`, keeps and ranks results
 * with the query core over the site's own text, and asks a back end for its
 * candidates: online (search.ts) the text comes from search-data.json and
 * Pagefind proposes; in the offline archive (search-offline.ts) the text comes
 * from a classic script and nothing proposes, since file:// blocks fetch,
 * modules and workers. Pagefind splits
 * Chinese its own way and can miss a page that holds the query; the core
 * finds such a page from the text and counts it (`data-added` on the
 * results), so misses can be measured. Everything shown is built with DOM text nodes: a query
 * never becomes markup.
 *
 * The results area records each finished search for tests and `npm run
 * bench`: data-done, data-query, data-shown-ms (start to results shown),
 * data-ms (start to Pagefind's answer too), data-rank-ms, data-added
 * (results Pagefind did not propose) and data-backend.
 */
import { createQueryParser, type Lexeme, type ParsedQuery, type QueryParser } from '../lib/search-query.ts';
import { facets, passes, readFilters, type Facets, type SearchFilters } from '../lib/search-filter.ts';
import { createRanker, type Ranker, type SearchDoc, type SearchResult } from '../lib/search-rank.ts';
import { createMatcher } from '../lib/terms.ts';
import { createLinker, ROUTES } from '../lib/url.ts';
import { searchStrings as t } from '../ui/search-strings.ts';

export interface SearchData {
  lexicon: Lexeme[];
  docs: SearchDoc[];
}

/** Where the page gets the site's text, and who proposes candidates. */
export interface SearchBackend {
  /** Recorded as data-backend when `candidates` proposes. */
  name: string;
  /** The site's text and lexicon; `url` is the page's data-data. */
  data(url: string): Promise<SearchData>;
  /** Pages proposed for the query by site-relative URL, or undefined when the proposer could not run. */
  candidates?(url: string, query: ParsedQuery, filters: SearchFilters, root: URL): Promise<Set<string> | undefined>;
}

const box = document.querySelector<HTMLElement>('#search-results');
const form = document.querySelector<HTMLFormElement>('form.search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const selects = {
  part: document.querySelector<HTMLSelectElement>('select[name="part"]'),
  kind: document.querySelector<HTMLSelectElement>('select[name="kind"]'),
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/**
 * A site-relative URL (`/plan/tasks/09/`) as a link from this page, wherever the site is hosted. A
 * relative build (data-link-mode) links as its pages do, naming index.html, which file:// needs.
 */
function href(root: URL, mode: string | undefined, url: string, anchor?: string): string {
  const target = url + (anchor ? `#${anchor}` : '');
  if (mode === 'relative') return createLinker({ base: '/', mode, from: ROUTES.search })(target);
  return new URL(target.replace(/^\//, ''), root).href;
}

function suggestions(data: DOMStringMap): HTMLElement {
  const p = el('p', t.searchSuggest, { class: 'search-suggest' });
  t.searchExamples.forEach((q, i) => {
    if (i) p.append('、');
    p.append(el('a', q, { href: searchUrl(data, [['q', q]]) }));
  });
  const browse = el('p');
  browse.append(
    t.searchBrowse[0],
    el('a', t.searchBrowse[1], { href: String(data.glossary) }),
    t.searchBrowse[2],
    el('a', t.searchBrowse[3], { href: String(data.fullText) }),
    t.searchBrowse[4],
  );
  const wrap = el('div');
  wrap.append(p, browse);
  return wrap;
}

/** Each filter choice says how many results it would give: 重点任务（12处）. */
function showFacets(counts: Facets | undefined): void {
  for (const name of ['part', 'kind'] as const) {
    for (const option of selects[name]?.options ?? []) {
      const label = option.dataset.label ?? option.text;
      const n = counts ? (counts[name].get(option.value) ?? 0) : undefined;
      option.text = n === undefined ? label : `${label}（${n}${t.searchFacetUnit}）`;
    }
  }
}

function render(results: SearchResult[], raw: string, root: URL): HTMLElement {
  const list = el('ol', undefined, { class: 'search-results' });
  for (const r of results) {
    const li = el('li');
    const a = el('a', r.doc.title, { href: href(root, box?.dataset.linkMode, r.doc.url, r.block.anchor) });
    const h = el('h2');
    h.append(a);
    li.append(h);
    if (r.doc.where) li.append(el('p', r.doc.where, { class: 'search-where' }));
    const p = el('p', undefined, { class: 'excerpt' });
    if (r.excerpt.before) p.append('…');
    for (const part of r.excerpt.parts) p.append(part.hit ? el('mark', part.text) : part.text);
    if (r.excerpt.after) p.append('…');
    li.append(p);
    list.append(li);
  }
  const wrap = el('div');
  wrap.append(el('p', t.searchCount(results.length, raw), { class: 'search-count' }), list);
  return wrap;
}

/** The search page's own address for a query and filters, without empty parameters. */
/** Every search address the page writes: the search page with these parameters, empty ones left out. */
function searchUrl(data: DOMStringMap, params: ReadonlyArray<[string, string]>): string {
  return `${data.search}?${new URLSearchParams(params.filter(([, value]) => value))}`;
}

/** Starts the page's search on a back end. */
export function startSearch(backend: SearchBackend): void {
  /** The site's text and the core built over it, loaded once per page however many searches follow. */
  let core: Promise<{ site: SearchData; parser: QueryParser; ranker: Ranker }> | undefined;
  function loadCore(url: string) {
    core ??= backend.data(url).then((site) => ({
      site,
      parser: createQueryParser(site.lexicon),
      ranker: createRanker(createMatcher(site.lexicon)),
    }));
    return core;
  }

  /** Searches begun, so that a slow one never overwrites the results of the one typed after it. */
  let latest = 0;

  async function run(): Promise<void> {
    if (!box) return;
    const id = ++latest;
    const started = performance.now();
    delete box.dataset.done;
    const data = box.dataset;
    const root = new URL('./', new URL(String(data.siteRoot), location.href));
    // URLSearchParams never throws: broken percent-encoding becomes U+FFFD.
    const params = new URLSearchParams(location.search);
    const raw = (params.get('q') ?? '').slice(0, 200);
    const parts = [...(selects.part?.options ?? [])].map((o) => o.value).filter(Boolean);
    const filters = readFilters(params, parts);
    if (input) input.value = raw;
    if (selects.part) selects.part.value = filters.part ?? '';
    if (selects.kind) selects.kind.value = filters.kind ?? '';
    try {
      if (!raw.trim()) {
        showFacets(undefined);
        box.replaceChildren(el('p', t.searchEmpty));
        return;
      }
      box.replaceChildren(el('p', t.searchLoading));
      const { site, parser, ranker } = await loadCore(String(data.data));
      const query = parser.parse(raw);
      if (id !== latest) return;
      const ranking = performance.now();
      const everywhere = ranker.rank(query, site.docs);
      const results = everywhere.filter((r) => passes(r.doc, filters));
      box.dataset.rankMs = (performance.now() - ranking).toFixed(1);
      showFacets(
        facets(
          everywhere.map((r) => r.doc),
          filters,
        ),
      );
      if (results.length) box.replaceChildren(render(results, raw, root));
      else if (everywhere.length) {
        const widen = el('p');
        widen.append(el('a', t.searchWiden(everywhere.length), { href: searchUrl(data, [['q', raw]]) }));
        box.replaceChildren(el('p', t.searchNoneHere(raw), { class: 'search-none' }), widen);
      } else box.replaceChildren(el('p', t.searchNone(raw), { class: 'search-none' }), suggestions(data));
      box.dataset.shownMs = (performance.now() - started).toFixed(1);
      // What is shown never waits for Pagefind: the core decides from the text. Pagefind's candidates
      // arrive afterwards and only measure how often it would have missed a page.
      if (!backend.candidates) {
        box.dataset.added = '0';
        box.dataset.backend = backend.name;
        return;
      }
      const proposed = await backend.candidates(String(data.pagefind), query, filters, root);
      if (id !== latest) return;
      box.dataset.added = String(proposed ? results.filter((r) => !proposed.has(r.doc.url)).length : results.length);
      box.dataset.backend = proposed ? backend.name : 'text';
    } catch {
      core = undefined;
      if (id === latest) box.replaceChildren(el('p', t.searchFailed));
    } finally {
      if (id === latest) {
        box.dataset.ms = (performance.now() - started).toFixed(1);
        box.dataset.query = raw;
        box.dataset.done = '';
      }
    }
  }

  // A new search or a choice of filter updates the results in place: the address changes (so it can be
  // shared, and Back returns to the previous search) but the page and its loaded index stay.
  form?.addEventListener('submit', (e) => {
    if (!box) return;
    e.preventDefault();
    const fields = [...new FormData(form)].flatMap(([name, value]): Array<[string, string]> =>
      typeof value === 'string' ? [[name, value]] : [],
    );
    history.pushState(null, '', searchUrl(box.dataset, fields));
    void run();
  });
  for (const select of Object.values(selects)) select?.addEventListener('change', () => form?.requestSubmit());
  addEventListener('popstate', () => void run());

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input && document.activeElement === input) input.value = '';
  });
  void run();
}
