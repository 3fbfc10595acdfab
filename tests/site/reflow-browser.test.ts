/**
 * Text resized to 200% without loss (WCAG 1.4.4 and 1.4.10): Chromium's
 * default font size set to 32 px, as a reader does in the browser's
 * settings, in a window 640 px wide. No page scrolls sideways, and no text
 * is cut off by a box that hides its overflow or runs past the window's
 * edge. Tables may scroll inside their own box, as WCAG allows.
 */
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { pageUrls } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

/** What a page loses at this size: sideways scroll, clipped boxes, text beyond the window. */
function losses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      found.push(`scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
    const describe = (el: Element) =>
      `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ')[0] : ''}>`;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      // A box that may scroll lets the reader reach what overflows it.
      const scrolls = (s: CSSStyleDeclaration) => s.overflowX === 'auto' || s.overflowX === 'scroll';
      if ((style.overflowX === 'hidden' || style.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1) {
        // A visually hidden element (1 px, clipped on purpose for screen readers) is not a loss.
        if (el.clientWidth > 1) found.push(`${describe(el)} cuts off ${el.scrollWidth - el.clientWidth} px`);
      }
      let scroller: HTMLElement | null = el.parentElement;
      while (scroller && !scrolls(getComputedStyle(scroller))) scroller = scroller.parentElement;
      if (scroller) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 1 && box.right > root.clientWidth + 1 && el.textContent?.trim())
        found.push(`${describe(el)} ends ${Math.round(box.right - root.clientWidth)} px past the window`);
    }
    return [...new Set(found)];
  });
}

it('a page that is too wide is found (the check can fail)', async () => {
  const page = await site.browser.newPage({ viewport: { width: 640, height: 800 } });
  await page.setContent(
    '<p style="width:700px">很长的一行字</p><div style="overflow:hidden;width:100px"><span style="display:inline-block;width:300px">被截断</span></div>',
  );
  const found = await losses(page);
  expect(found.some((f) => f.startsWith('scrolls sideways'))).toBe(true);
  expect(found.some((f) => f.includes('cuts off'))).toBe(true);
  await page.close();
});

it('every page at 200% text in a 640 px window: no sideways scroll, nothing cut off', async () => {
  const context = await site.browser.newContext({ viewport: { width: 640, height: 800 } });
  const page = await context.newPage();
  // The browser's own setting for the default font size (16 px at 100%), which rem and em media queries follow.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  const found: string[] = [];
  for (const path of pageUrls()) {
    await page.goto(site.server.url + path.replace(/^\//, ''));
    if (path === '/') {
      const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      expect(size, 'the root font really is at 200%').toBe('32px');
    }
    found.push(...(await losses(page)).map((l) => `${path} ${l}`));
  }
  await context.close();
  expect(found).toEqual([]);
}, 300_000);
