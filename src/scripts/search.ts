/**
 * The search page in the browser: reads `?q=`, asks Pagefind (the online
 * back end) for candidates, and keeps and ranks results with the query core
 * over the site's own text (search-data.json). Pagefind splits Chinese its
 * own way and can miss a page that holds the query; the core adds such a
 * page from the text and counts it (`data-added` on the results), so misses
 * can be measured. Everything shown is built with DOM text nodes: a query
 * never becomes markup.
 */
import { createQueryParser, type Lexeme, type ParsedQuery } from '../lib/search-query.ts';
import { createRanker, type SearchDoc, type SearchResult } from '../lib/search-rank.ts';
import { createMatcher } from '../lib/terms.ts';
import { searchStrings as t } from '../ui/search-strings.ts';

interface SearchData {
  lexicon: Lexeme[];
  docs: SearchDoc[];
}

/** The small part of Pagefind's browser API this page uses. */
interface PagefindApi {
  search(term: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
}

const box = document.querySelector<HTMLElement>('#search-results');
const input = document.querySelector<HTMLInputElement>('#search-q');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** A site-relative URL (`/plan/tasks/09/`) as a link from this page, wherever the site is hosted. */
function href(root: URL, url: string, anchor?: string): string {
  return new URL(url.replace(/^\//, '') + (anchor ? `#${anchor}` : ''), root).href;
}

/** Pages Pagefind proposes for any form of any part of the query, by site-relative URL. */
async function candidates(pagefindUrl: string, query: ParsedQuery, root: URL): Promise<Set<string> | undefined> {
  try {
    const pagefind: PagefindApi = await import(/* @vite-ignore */ pagefindUrl);
    const urls = new Set<string>();
    for (const form of new Set(query.groups.flatMap((g) => g.forms))) {
      const { results } = await pagefind.search(form);
      for (const r of await Promise.all(results.map((x) => x.data())))
        urls.add('/' + new URL(r.url, location.href).pathname.slice(root.pathname.length));
    }
    return urls;
  } catch {
    return undefined;
  }
}

function suggestions(data: DOMStringMap): HTMLElement {
  const p = el('p', t.searchSuggest, { class: 'search-suggest' });
  t.searchExamples.forEach((q, i) => {
    if (i) p.append('、');
    p.append(el('a', q, { href: `${data.search}?q=${encodeURIComponent(q)}` }));
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

function render(results: SearchResult[], raw: string, root: URL): HTMLElement {
  const list = el('ol', undefined, { class: 'search-results' });
  for (const r of results) {
    const li = el('li');
    const a = el('a', r.doc.title, { href: href(root, r.doc.url, r.block.anchor) });
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

async function run(): Promise<void> {
  if (!box) return;
  const data = box.dataset;
  const root = new URL('./', new URL(String(data.siteRoot), location.href));
  // URLSearchParams never throws: broken percent-encoding becomes U+FFFD.
  const raw = (new URLSearchParams(location.search).get('q') ?? '').slice(0, 200);
  if (input) input.value = raw;
  try {
    if (!raw.trim()) {
      box.replaceChildren(el('p', t.searchEmpty));
      return;
    }
    box.replaceChildren(el('p', t.searchLoading));
    const response = await fetch(String(data.data));
    const site: SearchData = await response.json();
    const query = createQueryParser(site.lexicon).parse(raw);
    const ranker = createRanker(createMatcher(site.lexicon));
    const proposed = await candidates(String(data.pagefind), query, root);
    const results = ranker.rank(query, site.docs);
    const added = proposed ? results.filter((r) => !proposed.has(r.doc.url)).length : results.length;
    box.dataset.added = String(added);
    box.dataset.backend = proposed ? 'pagefind' : 'text';
    box.replaceChildren(
      results.length ? render(results, raw, root) : el('p', t.searchNone(raw), { class: 'search-none' }),
    );
    if (!results.length) box.append(suggestions(data));
  } catch {
    box.replaceChildren(el('p', t.searchFailed));
  } finally {
    box.dataset.done = '';
  }
}

document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && input && document.activeElement === input) input.value = '';
});
void run();
