/**
 * The Pagefind index the build writes (src/integrations/pagefind.ts): one
 * entry per unit page and glossary entry, and the four parents' pages, and nothing else. 全文 repeats every
 * paragraph, so it is not indexed; what the site adds around the official
 * text (contents lists, tooltips) is kept out.
 */
import { select, selectAll } from 'hast-util-select';
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/loaders/plan.ts';
import { DIST, htmlFiles, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);
const { data } = loadPlan('content');
const GUIDE_PAGES = ['guide/index.html', 'faq/index.html', 'targets/index.html', 'institutions/index.html'];

describe('the search index', () => {
  it('holds every unit page and glossary entry, in Chinese, and nothing else', () => {
    const entry = JSON.parse(readFileSync(`${DIST}/pagefind/pagefind-entry.json`, 'utf8'));
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    // Every unit, every glossary entry, and the parents' pages (常见问题 is one page; search splits it into its questions).
    expect(entry.languages['zh-cn'].page_count).toBe(data.units.length + data.glossary.length + GUIDE_PAGES.length);
  });

  it("ships what the search page uses and none of Pagefind's own UI bundles", () => {
    const files = readdirSync(`${DIST}/pagefind`);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.unknown.pagefind']));
    expect(files.filter((f) => /ui|highlight/.test(f))).toEqual([]);
  });

  it('is not what the search page loads: its page, scripts and search-data.json stay within their budget, gzip', () => {
    const html = readDist(`${DIST}/search/index.html`);
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.some((s) => s.startsWith('_astro/'))).toBe(true);
    const files = ['search/index.html', 'search-data.json', ...scripts];
    const gzip = files.reduce((n, f) => n + gzipSync(readFileSync(`${DIST}/${f}`)).length, 0);
    // 39.1 KB gzip reached results before the typing data (the page, site.js, the search bundle, search-data.json
    // and the favicon, as npm run bench measured 0.3.0); the budget is 20% more in all, typing data included.
    console.log(`search: the search page loads ${(gzip / 1024).toFixed(1)} KB gzip (${files.join(', ')})`);
    expect(gzip).toBeLessThanOrEqual(39.1 * 1.2 * 1024);
    expect(files.filter((f) => f.includes('pagefind'))).toEqual([]);
  });

  it.each(htmlFiles())('%s marks its indexed content once, or not at all', (page) => {
    const tree = parse(readDist(`${DIST}/${page}`));
    const bodies = selectAll('[data-pagefind-body]', tree);
    const indexed = /^(plan|notice|glossary\/[^/]+)\//.test(page) || GUIDE_PAGES.includes(page);
    expect(bodies).toHaveLength(indexed ? 1 : 0);
    if (!indexed) return;
    for (const added of selectAll('.term-tip, .children', bodies[0]!))
      expect(added.properties.dataPagefindIgnore, `${page}: ${String(added.properties.className)}`).toBe('');
    expect(select('[data-pagefind-body] .page-corrections, [data-pagefind-body] .related', tree)).toBeUndefined();
    // The parents' pages are found under kind 家长指南.
    if (GUIDE_PAGES.includes(page)) expect(bodies[0]!.properties.dataPagefindFilter).toBe('kind:guide');
  });
});
