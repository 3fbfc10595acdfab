/**
 * axe-core (WCAG 2.0–2.2 A and AA rules, and best practice) on every built
 * page, light and dark, and on the search page with results and with none.
 */
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageUrls } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

/** Every built page, by its site-relative URL, and the search page with results and with none. */
const PAGES = [...pageUrls(), '/search/?q=双师型', '/search/?q=驾照'];

it('axe is really checking (a low-contrast, unlabelled page fails)', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.setContent(
    '<html lang="zh-CN"><head><title>x</title></head><body><main><h1>x</h1><p style="color:#ccc">浅色文字</p></main></body></html>',
  );
  const result = await new AxeBuilder({ page }).analyze();
  await context.close();
  expect(result.violations.map((v) => v.id)).toContain('color-contrast');
});

const describeViolations = (result: AxeResults) =>
  result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );

/**
 * Dark mode changes colours only (the guard below holds the stylesheet to
 * that), so in dark the rules that read colours are the ones whose answer
 * can differ; every other rule's answer was given in light on the same page.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

it('dark mode changes colours and nothing else (so colour rules suffice in dark)', () => {
  const css = readFileSync('src/styles/site.css', 'utf8');
  const blocks = [...css.matchAll(/@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/g)].map((m) => m[1]);
  expect(blocks.length).toBeGreaterThan(0);
  const declarations = blocks.flatMap((b) => [...b.matchAll(/([\w-]+)\s*:[^;{}]*;/g)].map((m) => m[1]));
  expect(
    declarations.filter((d) => !d.startsWith('--') && !/^(color|background(-color)?|border(-\w+)?-color)$/.test(d)),
  ).toEqual([]);
});

describe('axe on every page', () => {
  const context = () => site.browser.newContext({ javaScriptEnabled: true, viewport: { width: 1280, height: 900 } });

  it.each(PAGES)('%s has no violations, light and dark', async (path) => {
    const ctx = await context();
    const page = await ctx.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(site.server.url + path.replace(/^\//, ''));
    // The search page renders its results after loading; check them, not the loading message.
    if (path.startsWith('/search/')) await page.waitForSelector('#search-results[data-done]');
    const light = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(describeViolations(light), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
    expect(describeViolations(dark), 'dark').toEqual([]);
    await ctx.close();
  });
});
