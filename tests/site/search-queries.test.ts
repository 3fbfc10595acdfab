/**
 * The hand-written query sets (tests/fixtures/search-queries.ts) on the
 * built search page in Chromium: each expected page at its rank among the
 * plan's pages, 没有找到 with suggestions for what the plan does not hold,
 * and every page that holds a glossary term or alias found when the reader
 * types it. Prints recall@3 per set and how often Pagefind missed a page
 * the core added from the text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVERYDAY,
  GUIDE,
  glossaryForms,
  missedForms,
  NO_MATCH,
  PLAN_TERMS,
  type ExpectedQuery,
} from '../fixtures/search-queries.ts';
import { rankOf, recallAt, runQueries, type QueryRun } from '../support/search-run.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();
const FORMS = glossaryForms();

let runs: Map<string, QueryRun>;
beforeAll(async () => {
  const queries = [...PLAN_TERMS, ...EVERYDAY, ...GUIDE].map((e) => e.q);
  runs = await runQueries(site.browser, site.server.url, [...queries, ...NO_MATCH, ...FORMS.map((f) => f.form)]);
}, 600_000);

describe.each<[string, readonly ExpectedQuery[]]>([
  ['plan terms', PLAN_TERMS],
  ['everyday words and questions', EVERYDAY],
  ["parents' pages", GUIDE],
])('the %s set', (name, set) => {
  it.each(set)('$q → $page within the first $within results of $among ($why)', (expected) => {
    const run = runs.get(expected.q);
    const rank = rankOf(run, expected);
    expect(rank, `${expected.q}: ${run?.links.slice(0, 5).join(' ')}`).toBeGreaterThan(0);
    expect(rank, `${expected.q}: ${run?.links.slice(0, 5).join(' ')}`).toBeLessThanOrEqual(expected.within);
  });
  afterAll(() => {
    if (runs)
      console.log(
        `search: recall@3 of the ${name} set = ${(recallAt(runs, set, 3) * 100).toFixed(1)}% of ${set.length}`,
      );
  });
});

describe('queries the plan has nothing for', () => {
  it.each(NO_MATCH)('%s says 没有找到 and suggests the glossary, 全文 and examples', (q) => {
    const run = runs.get(q);
    expect(run?.links).toEqual([]);
    expect(run?.text).toContain('没有找到');
    expect(run?.text).toMatch(/可以试试：.+术语表.+全文/s);
  });
});

describe('recall for every glossary term and alias', () => {
  it('finds every page whose text holds the form typed, and Pagefind proposed the candidates', () => {
    const missing = missedForms(FORMS, (form) => runs.get(form)?.links ?? []);
    const expected = FORMS.reduce((n, f) => n + f.pages.length, 0);
    const all = [...runs.values()];
    const results = all.reduce((n, r) => n + r.links.length, 0);
    const added = all.reduce((n, r) => n + r.added, 0);
    console.log(
      `search: recall of ${FORMS.length} glossary terms and aliases = ${expected - missing.length}/${expected} pages; ` +
        `over ${all.length} queries the core added ${added} of ${results} results that Pagefind did not propose`,
    );
    expect(missing).toEqual([]);
    expect(all.filter((r) => r.backend !== 'pagefind').map((r) => r.q)).toEqual([]);
  });
});
