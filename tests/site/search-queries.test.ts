/**
 * Every hand-written query set (tests/fixtures/search-queries.ts) and every
 * glossary term and alias, typed into the built search page in Chromium in
 * one run (one page, many queries), with Pagefind asked for its candidates
 * (`?backend=pagefind`, the oracle). What only a browser shows is checked
 * here: the page shows exactly what the query core ranks over the shipped
 * search-data.json (so the core's own tests in Node, tests/unit/search-core.test.ts,
 * speak for the page), Pagefind proposed every page the core found, the
 * messages say what search did, and the counts add up. Prints recall@3 of
 * the plain sets.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSearch, type SearchData } from '../../src/lib/search-core.ts';
import {
  ALL_SETS,
  EVERYDAY,
  GUIDE,
  glossaryForms,
  missedForms,
  NO_MATCH,
  PINYIN,
  PLAN_TERMS,
  TRADITIONAL,
  TYPOS,
  type ExpectedQuery,
} from '../fixtures/search-queries.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { linksOf } from '../support/search-data.ts';
import { rankOf, recallAt, runQueries, type QueryRun } from '../support/search-run.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();
const FORMS = glossaryForms();
/** A query longer than a message echoes. */
const LONG = '中等职业学校'.repeat(5);

let runs: Map<string, QueryRun>;
beforeAll(async () => {
  requireDist();
  const queries = [...ALL_SETS.map((e) => e.q), ...NO_MATCH, ...FORMS.map((f) => f.form), LONG];
  runs = await runQueries(site.browser, site.server.url, queries, 'search/?backend=pagefind');
}, 600_000);

describe('the search page in one run of every set', () => {
  it('shows, for every query, exactly the results the query core ranks over the shipped search data', () => {
    const core = createSearch(JSON.parse(readFileSync(`${DIST}/search-data.json`, 'utf8')) as SearchData);
    const differ = [...runs.values()].filter((r) => linksOf(core, r.q).join(' ') !== r.links.join(' '));
    expect(
      differ.map((r) => `${r.q}: page ${r.links.slice(0, 3).join(' ')}, core ${linksOf(core, r.q).slice(0, 3)}`),
    ).toEqual([]);
  });

  it('finds every page whose text holds a glossary term or alias, and Pagefind proposed every result', () => {
    const missing = missedForms(FORMS, (form) => runs.get(form)?.links ?? []);
    const all = [...runs.values()];
    const results = all.reduce((n, r) => n + r.links.length, 0);
    const added = all.reduce((n, r) => n + r.added, 0);
    console.log(
      `search: over ${all.length} queries in one page the core showed ${results} results; ` +
        `${added} of those the text holds Pagefind did not propose`,
    );
    expect(missing).toEqual([]);
    expect(all.filter((r) => r.backend !== 'pagefind').map((r) => r.q)).toEqual([]);
    expect(added).toBe(0);
  });

  it.each<[string, readonly ExpectedQuery[]]>([
    ['plan terms', PLAN_TERMS],
    ['everyday words and questions', EVERYDAY],
    ["parents' pages", GUIDE],
  ])('the %s set reaches recall@3 of 100%', (name, set) => {
    const recall = recallAt(runs, set, 3);
    console.log(`search: recall@3 of the ${name} set = ${(recall * 100).toFixed(1)}% of ${set.length}`);
    expect(set.filter((e) => rankOf(runs.get(e.q), e) > e.within).map((e) => e.q)).toEqual([]);
  });

  it.each(NO_MATCH)('%s says 没有找到, links the glossary and 全文, and suggests nothing made up', (q) => {
    const run = runs.get(q);
    expect(run?.links).toEqual([]);
    expect(run?.text).toContain('没有找到');
    expect(run?.text).toMatch(/术语表.+全文/s);
    expect(run?.text).not.toContain('可以试试');
  });

  it.each<[string, RegExp]>([
    ['读职高要多少钱', /没有同时包含“职高”和“多少钱”的内容[\s\S]*原文没有“多少钱”[\s\S]*不含：多少钱/],
    ['职普必', /您是不是要找：职普比（已按它搜索）/],
    ['雙師型', /已把繁体字换成简体字搜索：“双师型”/],
    ['zhipubi', /已把拼音“zhipubi”当作“职普比”搜索/],
    ['ssx', /已把拼音“ssx”当作“双师型”搜索/],
    [LONG, /“中等职业学校中等职业学校中等职业学校中等…”找到/],
  ])('%s says what search did', (q, says) => {
    expect(runs.get(q)?.text).toMatch(says);
  });

  it('counts add up: the kinds sum to the total, and the plan’s parts to its count', () => {
    const wrong: string[] = [];
    for (const r of runs.values()) {
      const line = /找到(\d+)处：(.+?)。/.exec(r.text);
      if (!r.links.length) continue;
      const total = Number(/找到(\d+)处/.exec(r.text)?.[1]);
      if (total !== r.links.length) wrong.push(`${r.q}: ${total} said, ${r.links.length} shown`);
      if (!line) continue;
      const kinds = line[2]!.split('，').map((k) => /^[^\d（]+(\d+)处(?:（(.+)）)?$/.exec(k));
      if (kinds.some((k) => !k)) wrong.push(`${r.q}: cannot read ${line[2]}`);
      const sum = kinds.reduce((n, k) => n + Number(k?.[1] ?? 0), 0);
      if (sum !== total) wrong.push(`${r.q}: kinds sum to ${sum}, not ${total}`);
      for (const k of kinds) {
        const within = k?.[2]?.split('、').reduce((n, p) => n + Number(/(\d+)处$/.exec(p)?.[1]), 0);
        if (within !== undefined && within !== Number(k?.[1])) wrong.push(`${r.q}: ${k?.[0]} parts sum to ${within}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

afterAll(() => {
  if (!runs) return;
  for (const [name, set] of [
    ['typos', TYPOS],
    ['pinyin', PINYIN],
    ['traditional', TRADITIONAL],
  ] as const)
    console.log(`search: top 5 of the ${name} set in Chromium = ${(recallAt(runs, set, 5) * 100).toFixed(1)}%`);
});
