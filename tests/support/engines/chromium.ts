/** Chromium through playwright-core (Debian's build; tests/support/browser.ts): a context for each view. */
import type { Browser, Page } from 'playwright-core';
import { launch } from '../browser.ts';
import { callOf, settled, type Engine, type Tab, type View } from './tab.ts';

export function chromiumTab(page: Page, view: View): Tab {
  return {
    engine: 'chromium',
    view,
    evaluate: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate<R>(callOf(fn, arg)),
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
      await page.evaluate(callOf(settled, undefined));
    },
    screenshot: () => page.screenshot(),
    press: (key) => page.keyboard.press(key),
    click: (selector) => page.locator(selector).first().click(),
  };
}

export async function startChromium(browser?: Browser): Promise<Engine> {
  const own = browser ?? (await launch());
  const contexts: Array<{ close(): Promise<void> }> = [];
  return {
    name: 'chromium',
    async tab(view) {
      const context = await own.newContext({
        viewport: { width: view.width, height: view.height },
        colorScheme: view.scheme,
        deviceScaleFactor: 1,
      });
      contexts.push(context);
      return chromiumTab(await context.newPage(), view);
    },
    async close() {
      for (const c of contexts) await c.close();
      if (!browser) await own.close();
    },
  };
}
