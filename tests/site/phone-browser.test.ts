/**
 * A phone, as parents read the site on one: the home page shows its three ways in and the official original on
 * the first screen; the 目录 panel fits the screen and stays with it. What holds on every page at 360 px, at the
 * usual size and with 大字版 (tables, navigation, labels, drawings), is measured in walk-phone.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LARGE, TEXT_SIZE_KEY } from '../../src/lib/text-size.ts';
import { hiddenNavEntries, homeFirstScreen } from '../support/checks/layout.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

async function phone(large: boolean, height = 740): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport: { width: 360, height } });
  // As the reader's earlier choice would: the page's head script reads it before the first paint.
  if (large) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [TEXT_SIZE_KEY, LARGE]);
  return context;
}

describe('the home page on a phone', () => {
  it.each([
    [360, 740],
    [390, 844],
  ])(
    'at %i × %i the home page shows its three ways in and the official original on the first screen',
    async (width, height) => {
      const context = await site.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      await page.goto(site.server.url);
      const found = [...(await homeFirstScreen(page)), ...(await hiddenNavEntries(page))];
      await context.close();
      expect(found).toEqual([]);
    },
  );
});

describe('the phone’s 目录 panel', () => {
  // A short window too (a phone with its browser's bars and keyboard shown), which the panel's height must allow for.
  it.each([
    [false, 740],
    [true, 740],
    [true, 520],
  ])(
    'with 大字版 %s at 360 × %i: fits below the header, its last entry whole, and stays while the page scrolls',
    async (large, height) => {
      const context = await phone(large, height);
      const page = await context.newPage();
      await page.goto(site.server.url + 'plan/measures/4/');
      await page.locator('.toc-inline summary').click();
      const panel = page.locator('.toc-inline[open] > nav');
      const box = () =>
        panel.evaluate((nav) => {
          const r = nav.getBoundingClientRect();
          const last = [...nav.querySelectorAll('a')].at(-1)!.getBoundingClientRect();
          const border = parseFloat(getComputedStyle(nav).borderBottomWidth);
          return { top: r.top, inner: r.bottom - border, last: last.bottom, screen: innerHeight, scrollY };
        });
      // Scrolled to its end: the last entry is above the panel's red border, and the panel above the screen's edge.
      await panel.evaluate((nav) => nav.scrollTo(0, nav.scrollHeight));
      const end = await box();
      expect(end.last, JSON.stringify(end)).toBeLessThanOrEqual(end.inner + 0.5);
      expect(end.inner, JSON.stringify(end)).toBeLessThanOrEqual(end.screen);
      // Scrolling on at its end does not carry on into the page.
      const middle = await panel.boundingBox();
      await page.mouse.move(middle!.x + middle!.width / 2, middle!.y + middle!.height / 2);
      await page.mouse.wheel(0, 600);
      await page.waitForTimeout(300);
      expect((await box()).scrollY).toBe(0);
      // Scrolled from elsewhere, the page moves under the panel, and the panel stays on the screen.
      await page.evaluate(() => scrollBy(0, 600));
      const after = await box();
      await context.close();
      expect(after.scrollY).toBeGreaterThan(0);
      expect(after.top, JSON.stringify(after)).toBeGreaterThanOrEqual(0);
      expect(after.inner, JSON.stringify(after)).toBeLessThanOrEqual(after.screen);
    },
  );
});
