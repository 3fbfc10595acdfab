/**
 * The search page in the browser: reads `?q=`, runs the query core
 * (src/lib/search-core.ts) over the site's own text and shows what it did:
 * the query cut, traditional characters or pinyin read, 您是不是要找, which
 * parts of the query no page holds, and suggestions drawn from the query.
 * Online (search.ts) the text comes from search-data.json; in the offline
 * archive (search-offline.ts) from a classic script, since file:// blocks
 * fetch, modules and workers. Pagefind is asked only with `?backend=pagefind`:
 * the core decides what is shown, and Pagefind's candidates then only
 * measure how often it would have missed a page (`data-added`). Everything
 * shown is built with DOM text nodes: a query never becomes markup.
 *
 * The results area records each finished search for tests and `npm run
 * bench`: data-done, data-query, data-shown-ms (start to results shown),
 * data-ms (start to Pagefind's answer too, when asked), data-rank-ms,
 * data-added (results Pagefind did not propose), data-backend, data-partial
 * and data-corrected (the forms searched instead of what was typed).
 */
import { createSearch, QUERY_LIMIT, type Search, type SearchData, type SearchOutcome } from '../lib/search-core.ts';
import type { ParsedQuery } from '../lib/search-query.ts';
import { facets, passes, readFilters, type Facets, type SearchFilters } from '../lib/search-filter.ts';
import type { SearchResult } from '../lib/search-rank.ts';
import { createLinker, ROUTES } from '../lib/url.ts';
import { searchStrings as t } from '../ui/search-strings.ts';

export type { SearchData };

/** Where the page gets the site's text, and who may propose candidates. */
export interface SearchBackend {
  /** Recorded as data-backend when nothing proposes. */
  name: string;
  /** The site's text and lexicon; `url` is the page's data-data. */
  data(url: string): Promise<SearchData>;
  /** Pages proposed for the query by site-relative URL, or undefined when the proposer could not run. */
  candidates?(url: string, query: ParsedQuery, filters: SearchFilters, root: URL): Promise<Set<string> | undefined>;
}

/** The page's parameter that asks Pagefind for its candidates too (the tests' oracle): `?backend=pagefind`. */
const ORACLE: readonly [string, string] = ['backend', 'pagefind'];

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

/** Queries to try, each a link, drawn from the query; nothing when the query gives none. */
function suggestions(data: DOMStringMap, forms: readonly string[]): HTMLElement[] {
  if (!forms.length) return [];
  const p = el('p', t.searchSuggest, { class: 'search-suggest' });
  forms.forEach((q, i) => {
    if (i) p.append('、');
    p.append(el('a', q, { href: searchUrl(data, [['q', q]]) }));
  });
  return [p];
}

/** Where to read instead: the glossary and 全文. */
function browse(data: DOMStringMap): HTMLElement {
  const p = el('p', undefined, { class: 'search-browse' });
  p.append(
    t.searchBrowse[0],
    el('a', t.searchBrowse[1], { href: String(data.glossary) }),
    t.searchBrowse[2],
    el('a', t.searchBrowse[3], { href: String(data.fullText) }),
    t.searchBrowse[4],
  );
  return p;
}

/** The query as messages echo it: a long one cut, so it never fills the screen. */
function echo(q: string): string {
  const chars = [...q];
  return chars.length > t.searchEchoLength ? `${chars.slice(0, t.searchEchoLength).join('')}…` : q;
}

/** What the core did to the query before searching: cut it, read traditional characters or pinyin, 您是不是要找. */
function notes(outcome: SearchOutcome, data: DOMStringMap): HTMLElement[] {
  const out: HTMLElement[] = [];
  const note = (text?: string) => el('p', text, { class: 'search-note' });
  if (outcome.shortened) out.push(note(t.searchShortened(QUERY_LIMIT)));
  if (outcome.simplified) out.push(note(t.searchSimplified(echo(outcome.simplified))));
  for (const c of outcome.corrections) {
    if (c.applied && c.by !== 'typo') {
      out.push(note(t.searchPinyin(c.typed.toLowerCase(), c.forms[0]!)));
      continue;
    }
    const p = note(t.searchDidYouMean);
    p.classList.add('search-did-you-mean');
    c.forms.forEach((f, i) => {
      if (i) p.append('、');
      p.append(el('a', f, { href: searchUrl(data, [['q', f]]) }));
    });
    if (c.applied) p.append(t.searchDidYouMeanApplied);
    out.push(p);
  }
  return out;
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

/** The count, and what it counts, so that the filters' numbers visibly add up. */
function countLine(results: readonly SearchResult[], raw: string): string {
  const label = (o: HTMLOptionElement) => o.dataset.label ?? o.text;
  const kinds = [...(selects.kind?.options ?? [])].filter((o) => o.value);
  const parts = [...(selects.part?.options ?? [])].filter((o) => o.value);
  const shares = kinds.flatMap((k) => {
    const of = results.filter((r) => r.doc.kind === k.value);
    if (!of.length) return [];
    const within =
      k.value === 'plan'
        ? [
            ...parts.map((p): [string, number] => [label(p), of.filter((r) => r.doc.part === p.value).length]),
            [t.searchCountOutside, of.filter((r) => r.doc.part === undefined).length] as [string, number],
          ]
            .filter(([, n]) => n > 0)
            .map(([l, n]) => t.searchCountPart(l, n))
        : [];
    return [t.searchCountKind(label(k), of.length, within.length > 1 ? within : [])];
  });
  return t.searchCount(results.length, echo(raw), shares.length > 1 ? shares : []);
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
    if (r.lacks.length) li.append(el('p', t.searchLacks(r.lacks), { class: 'search-lacks' }));
    if (r.led.length) li.append(el('p', t.searchLed(r.led), { class: 'search-led' }));
    const p = el('p', undefined, { class: 'excerpt' });
    if (r.excerpt.before) p.append('…');
    for (const part of r.excerpt.parts) p.append(part.hit ? el('mark', part.text) : part.text);
    if (r.excerpt.after) p.append('…');
    li.append(p);
    list.append(li);
  }
  const wrap = el('div');
  wrap.append(el('p', countLine(results, raw), { class: 'search-count' }), list);
  return wrap;
}

/** Every search address the page writes: the search page with these parameters, empty ones left out. */
function searchUrl(data: DOMStringMap, params: ReadonlyArray<[string, string]>): string {
  return `${data.search}?${new URLSearchParams(params.filter(([, value]) => value))}`;
}

/** Starts the page's search on a back end. */
export function startSearch(backend: SearchBackend): void {
  /** The core built over the site's text, loaded once per page however many searches follow. */
  let core: Promise<Search> | undefined;
  const loadCore = (url: string) => (core ??= backend.data(url).then(createSearch));
  // Asked for once, by the address the page was opened with; kept in the addresses it writes.
  const oracle = new URLSearchParams(location.search).get(ORACLE[0]) === ORACLE[1] && backend.candidates;

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
    const typed = params.get('q') ?? '';
    const raw = [...typed].slice(0, QUERY_LIMIT).join('');
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
      const search = await loadCore(String(data.data));
      if (id !== latest) return;
      const ranking = performance.now();
      const outcome = search.search(typed);
      const everywhere = outcome.results;
      const results = everywhere.filter((r) => passes(r.doc, filters));
      box.dataset.rankMs = (performance.now() - ranking).toFixed(1);
      showFacets(
        facets(
          everywhere.map((r) => r.doc),
          filters,
        ),
      );
      const said = notes(outcome, data);
      const partial = outcome.partial
        ? [el('p', t.searchPartial(outcome.query.groups.map((g) => echo(g.typed))), { class: 'search-partial' })]
        : [];
      const next = suggestions(data, outcome.suggestions);
      // Suggestions follow the results, so that on a phone the first answer stays near the top.
      if (results.length) box.replaceChildren(...said, ...partial, render(results, raw, root), ...next);
      else if (everywhere.length) {
        const widen = el('p');
        widen.append(el('a', t.searchWiden(everywhere.length), { href: searchUrl(data, [['q', raw]]) }));
        box.replaceChildren(...said, el('p', t.searchNoneHere(echo(raw)), { class: 'search-none' }), widen);
      } else
        box.replaceChildren(...said, el('p', t.searchNone(echo(raw)), { class: 'search-none' }), ...next, browse(data));
      box.dataset.partial = String(outcome.partial);
      box.dataset.corrected = outcome.corrections
        .filter((c) => c.applied)
        .map((c) => c.forms[0])
        .join(' ');
      box.dataset.shownMs = (performance.now() - started).toFixed(1);
      if (!oracle) {
        box.dataset.added = '0';
        box.dataset.backend = backend.name;
        return;
      }
      // Asked for, Pagefind's candidates arrive after the results are shown and change nothing shown.
      const proposed = await oracle(String(data.pagefind), outcome.query, filters, root);
      if (id !== latest) return;
      // A page that only a related word led to (免费 → 方案没有写的) holds nothing Pagefind could find.
      const byText = results.filter((r) => r.led.length + r.lacks.length < outcome.query.groups.length);
      box.dataset.added = String(proposed ? byText.filter((r) => !proposed.has(r.doc.url)).length : byText.length);
      box.dataset.backend = proposed ? ORACLE[1] : 'text';
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
    history.pushState(null, '', searchUrl(box.dataset, oracle ? [...fields, [...ORACLE]] : fields));
    void run();
  });
  for (const select of Object.values(selects)) select?.addEventListener('change', () => form?.requestSubmit());
  addEventListener('popstate', () => void run());

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && input && document.activeElement === input) input.value = '';
  });
  void run();
}
