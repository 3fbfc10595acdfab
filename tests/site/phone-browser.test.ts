/**
 * A phone, as parents read the site on one: 360 px wide, at the usual size and with 大字版. Every page with
 * 大字版 keeps to the window, its tables keep room for their words, its navigation is in reach and says when it
 * goes on, its labels do not pose as buttons, and its drawings' words grow with the text. The home page shows
 * its three ways in on the first screen; the 目录 panel fits the screen and stays with it. The per-page checks
 * live in tests/support/checks/, for the walk over every page at a viewport.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LARGE, TEXT_SIZE_KEY } from '../../src/lib/text-size.ts';
import { pageUrls } from '../support/dist.ts';
import {
  buttonLikeLabels,
  hiddenNavEntries,
  homeFirstScreen,
  misplacedFigureWords,
  narrowCells,
  sidewaysScroll,
  smallDiagramText,
} from '../support/checks/layout.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

/** Every check of a page's layout, run on the page as it is. */
const LAYOUT_CHECKS = [
  sidewaysScroll,
  narrowCells,
  hiddenNavEntries,
  buttonLikeLabels,
  misplacedFigureWords,
  smallDiagramText,
] as const;

async function phone(large: boolean, height = 740): Promise<BrowserContext> {
  const context = await site.browser.newContext({ viewport: { width: 360, height } });
  // As the reader's earlier choice would: the page's head script reads it before the first paint.
  if (large) await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [TEXT_SIZE_KEY, LARGE]);
  return context;
}

async function layoutProblems(page: Page, path: string): Promise<string[]> {
  await page.goto(site.server.url + path.replace(/^\//, ''));
  const found: string[] = [];
  for (const check of LAYOUT_CHECKS) found.push(...(await check(page)));
  return found;
}

describe('with 大字版 at 360 px', () => {
  it('no page scrolls sideways, squeezes a table cell, hides a navigation entry or draws small words', async () => {
    const context = await phone(true);
    const page = await context.newPage();
    const found: string[] = [];
    for (const path of pageUrls()) {
      found.push(...(await layoutProblems(page, path)));
      if (path === '/')
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    }
    await context.close();
    expect(found).toEqual([]);
  }, 300_000);
});

describe('at the usual size at 360 px', () => {
  // The pages with a table, a drawing, or our words about a figure; every page is walked with 大字版 above.
  it.each(['/', '/targets/', '/corrections/', '/notice/', '/full-text/', '/document/', '/guide/'])(
    '%s keeps to the window, with room in its tables and its navigation in reach',
    async (path) => {
      const context = await phone(false);
      const found = await layoutProblems(await context.newPage(), path);
      await context.close();
      expect(found).toEqual([]);
    },
  );

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
