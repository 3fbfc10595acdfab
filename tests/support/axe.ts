/**
 * axe-core (WCAG 2.0–2.2 A and AA rules, and best practice) on every built
 * page, light and dark, and on the search page with results and with none.
 * The pages are split between test files (a11y-1, a11y-2) so that Vitest's
 * two workers share the walk, the longest of the suite.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageUrls } from './dist.ts';
import type { siteInBrowser } from './site-browser.ts';

/** Every built page, by its site-relative URL, and the search page with results and with none. */
export const AXE_PAGES = (): string[] => [...pageUrls(), '/search/?q=双师型', '/search/?q=驾照'];

/** The pages shard `k` of `n` checks (k from 1): every n-th, so each shard gets long and short pages alike. */
export const shardOf = <T>(pages: readonly T[], k: number, n: number): T[] => pages.filter((_, i) => i % n === k - 1);

const describeViolations = (result: AxeResults) =>
  result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );

/**
 * Dark mode changes colours only (a11y-1's guard holds the stylesheet to
 * that), so in dark the rules that read colours are the ones whose answer
 * can differ; every other rule's answer was given in light on the same page.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

declare global {
  interface Window {
    /** axe-core, once runAxe has put it into the page. */
    axe?: typeof import('axe-core');
  }
}

/** The axe-core that @axe-core/playwright itself uses, so the two can never disagree on the rules. */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The rules every page is held to: WCAG 2.0–2.2 A and AA, and best practice. */
export const ALL_RULES: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
};

/**
 * axe.run in the page, with axe-core put in once per page. AxeBuilder
 * injects it again for every run and finishes each run in a new blank page,
 * which made it three times slower here (5.6 s a page against 1.9 s, light
 * and dark); the site has no frames, the case that machinery is for. Put in
 * through the DevTools protocol, so the page's CSP does not apply to it.
 */
export async function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  return page.evaluate((o) => {
    if (!window.axe) throw new Error('axe-core did not load in the page');
    return window.axe.run(document, o);
  }, options);
}

/** Runs every rule on the page as it is (light), then the colour rules in dark; fails on any violation. */
export async function expectNoViolations(page: Page): Promise<void> {
  expect(describeViolations(await runAxe(page, ALL_RULES)), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await runAxe(page, { runOnly: { type: 'rule', values: COLOUR_RULES } });
  expect(describeViolations(dark), 'dark').toEqual([]);
}

/** Registers axe, light and dark, on shard `k` of `n` of the pages, in the file's browser. */
export function axeOnShard(site: ReturnType<typeof siteInBrowser>, k: number, n: number): void {
  describe(`axe on every page (shard ${k} of ${n})`, () => {
    const context = () => site.browser.newContext({ javaScriptEnabled: true, viewport: { width: 1280, height: 900 } });

    it.each(shardOf(AXE_PAGES(), k, n))('%s has no violations, light and dark', async (path) => {
      const ctx = await context();
      const page = await ctx.newPage();
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(site.server.url + path.replace(/^\//, ''));
      // The search page renders its results after loading; check them, not the loading message.
      if (path.startsWith('/search/')) await page.waitForSelector('#search-results[data-done]');
      await expectNoViolations(page);
      await ctx.close();
    });
  });
}
