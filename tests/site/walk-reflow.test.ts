/**
 * Text resized to 200% without loss (WCAG 1.4.4 and 1.4.10): Chromium's
 * default font size set to 32 px, as a reader does in the browser's
 * settings, in a window 640 px wide, over every page once
 * (tests/support/walk.ts). No page scrolls sideways, and no text is cut
 * off (tests/support/checks/reflow.ts).
 */
import { expect } from 'vitest';
import { noLoss } from '../support/checks/reflow.ts';
import { pageUrls } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-browser.ts';
import { walk } from '../support/walk.ts';

const site = siteInBrowser();

walk(
  site,
  {
    name: 'every page at 200% text in a 640 px window',
    pages: pageUrls(),
    context: { viewport: { width: 640, height: 800 } },
    setUp: async (context, page) => {
      // The browser's own setting for the default font size (16 px at 100%), which rem and em media queries follow.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.enable');
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
      await page.goto(site.server.url);
      const size = await page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
      expect(size, 'the root font really is at 200%').toBe('32px');
    },
  },
  [noLoss],
);
