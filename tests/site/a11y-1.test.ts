/**
 * axe on every page, first half (tests/support/axe.ts; the second half is
 * a11y-2), with the checks that axe and the dark-mode shortcut are sound.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ALL_RULES, AXE_PAGES, axeOnShard, runAxe, shardOf } from '../support/axe.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const SHARDS = 2;
const site = siteInBrowser();

it('axe is really checking (a low-contrast, unlabelled page fails)', async () => {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.setContent(
    '<html lang="zh-CN"><head><title>x</title></head><body><main><h1>x</h1><p style="color:#ccc">浅色文字</p></main></body></html>',
  );
  const result = await runAxe(page, ALL_RULES);
  await context.close();
  expect(result.violations.map((v) => v.id)).toContain('color-contrast');
});

it('dark mode changes colours and nothing else (so colour rules suffice in dark)', () => {
  const css = readFileSync('src/styles/site.css', 'utf8');
  const blocks = [...css.matchAll(/@media \(prefers-color-scheme: dark\) \{([\s\S]*?)\n\}/g)].map((m) => m[1]);
  expect(blocks.length).toBeGreaterThan(0);
  const declarations = blocks.flatMap((b) => [...b.matchAll(/([\w-]+)\s*:[^;{}]*;/g)].map((m) => m[1]));
  expect(
    declarations.filter((d) => !d.startsWith('--') && !/^(color|background(-color)?|border(-\w+)?-color)$/.test(d)),
  ).toEqual([]);
});

it('the shards together check every page once', () => {
  const pages = AXE_PAGES();
  const shards = Array.from({ length: SHARDS }, (_, i) => shardOf(pages, i + 1, SHARDS));
  expect(shards.flat().sort()).toEqual([...pages].sort());
  expect(Math.min(...shards.map((s) => s.length))).toBeGreaterThan(50);
});

axeOnShard(site, 1, SHARDS);
