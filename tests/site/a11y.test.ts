/**
 * axe-core (WCAG 2.2 A and AA rules) on one page of each kind, light and dark:
 * the glossary's index and entries, and a task page with term links and
 * related content.
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

const PAGES = [
  '/',
  '/notice/',
  '/plan/',
  '/plan/tasks/',
  '/plan/groups/04/',
  '/plan/tasks/01/',
  '/plan/general/goals/',
  '/full-text/',
  '/document/',
  '/corrections/',
  '/glossary/',
  '/faq/',
  '/institutions/',
  '/guide/',
  '/targets/',
  '/glossary/sanjiao-gaige/',
  '/glossary/shuangshixing-jiaoshi/',
  '/plan/tasks/16/',
  '/search/?q=双师型',
  '/search/?q=驾照',
];

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

describe.each(['light', 'dark'] as const)('axe, %s scheme', (colorScheme) => {
  it.each(PAGES)('%s has no violations', async (path) => {
    const context = await site.browser.newContext({
      colorScheme,
      javaScriptEnabled: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(site.server.url + path.replace(/^\//, ''));
    // The search page renders its results after loading; check them, not the loading message.
    if (path.startsWith('/search/')) await page.waitForSelector('#search-results[data-done]');
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    await context.close();
    const found = result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
    expect(found).toEqual([]);
  });
});
