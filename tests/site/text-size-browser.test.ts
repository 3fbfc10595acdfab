/**
 * 大字版 (适老化): the reader presses the button once, and every page they
 * open next is in the larger size from its first paint, before any
 * deferred script runs. With JavaScript off the button is not offered
 * (it could do nothing); the browser's own zoom still works.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

/**
 * Records the root font size the moment the parser first gives the body
 * anything that can be painted (any element but a script): mutation
 * callbacks run before the browser can paint, so this is the size of the
 * first paint.
 */
const recordFirstPaintSize = () => {
  const seen = new MutationObserver(() => {
    if (!document.body?.querySelector(':scope > :not(script)')) return;
    seen.disconnect();
    document.documentElement.dataset.firstSize = getComputedStyle(document.documentElement).fontSize;
  });
  seen.observe(document, { childList: true, subtree: true });
};

async function openWithoutSiteScript(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  // Only the inline head script may apply the choice: the site's deferred script is not loaded at all.
  await page.route('**/site.js', (route) => route.abort());
  await page.addInitScript(recordFirstPaintSize);
  await page.goto(site.server.url + path.replace(/^\//, ''));
  return page;
}

const firstSize = (page: Page) => page.evaluate(() => document.documentElement.dataset.firstSize);
const rootSize = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);

describe('大字版', () => {
  it('is chosen once and applied at first paint on the next pages, with no flash', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.server.url + 'plan/tasks/09/');
    const button = page.getByRole('button', { name: '大字版' });
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('false');
    await expect(rootSize(page)).resolves.toBe('16px');
    await button.click();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(rootSize(page)).resolves.toBe('20px');

    for (const path of ['/glossary/', '/full-text/', '/search/?q=双师型']) {
      const next = await openWithoutSiteScript(context, path);
      await expect(firstSize(next), path).resolves.toBe('20px');
      await next.close();
    }

    // Pressed again, the usual size comes back on this page and the next.
    const again = await context.newPage();
    await again.goto(site.server.url + 'faq/');
    const pressed = again.getByRole('button', { name: '大字版' });
    await expect(pressed.getAttribute('aria-pressed')).resolves.toBe('true');
    await pressed.click();
    await expect(rootSize(again)).resolves.toBe('16px');
    const after = await openWithoutSiteScript(context, '/plan/');
    await expect(firstSize(after)).resolves.toBe('16px');
    await context.close();
  });

  it('the larger size really is larger: body text grows with it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.server.url + 'plan/tasks/09/');
    const paragraph = () => page.locator('#p1').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    const usual = await paragraph();
    await page.getByRole('button', { name: '大字版' }).click();
    expect(await paragraph()).toBeCloseTo(usual * 1.25, 1);
    await context.close();
  });

  it('is not offered with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + 'plan/tasks/09/');
    await expect(page.locator('button.text-size-toggle').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
