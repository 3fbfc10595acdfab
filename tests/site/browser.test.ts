/**
 * The site in a real browser (Debian's Chromium) with JavaScript off: a page
 * renders its heading and text, and fits a 320 px screen (walk-desktop holds
 * every page to no request outside the site, with JavaScript on).
 */
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

async function open(path: string, width = 1280) {
  const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 800 } });
  const page = await context.newPage();
  const response = await page.goto(site.server.url + path.replace(/^\//, ''));
  return { page, context, status: response?.status() };
}

describe('in Chromium', () => {
  it('a task page renders its heading and text with JavaScript off', async () => {
    const { page, context, status } = await open('/plan/tasks/01/');
    expect(status).toBe(200);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/1\s*加强职业学校思想政治教育/);
    await expect(page.locator('#p1').innerText()).resolves.toContain('铸魂育人');
    expect(await page.locator('h1').isVisible()).toBe(true);
    await page.screenshot({ path: 'tests/.tmp/task-01.png' });
    await context.close();
  });

  it.each(['/', '/plan/tasks/09/', '/full-text/', '/corrections/'])('%s fits a 320 px screen', async (path) => {
    const { page, context } = await open(path, 320);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('the table of contents opens on a phone without JavaScript', async () => {
    const { page, context } = await open('/plan/tasks/09/', 360);
    const toc = page.locator('details.toc-inline');
    await expect(toc.locator('a[aria-current="page"]').isVisible()).resolves.toBe(false);
    await toc.locator('summary').click();
    await expect(toc.locator('a[aria-current="page"]').isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('an unknown URL gets the 404 page', async () => {
    const { page, context, status } = await open('/no/such/page/');
    expect(status).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('找不到这个页面');
    await context.close();
  });
});

describe('printing', () => {
  it('keeps the official text and the unofficial notice, and drops the navigation', async () => {
    const { page, context } = await open('/plan/tasks/01/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#p1').isVisible()).toBe(true);
    expect(await page.locator('.unofficial-banner').isVisible()).toBe(true);
    for (const hidden of ['.toc-side', '.breadcrumbs', '.pager', '.para-link']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    await context.close();
  });
});
