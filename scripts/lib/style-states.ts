/**
 * The states a reader can put a page in (360 and 1280 px, light and dark, 大字版, print media), and a whole-page
 * screenshot of a page in one of them: what scripts/style-snapshot.ts and scripts/style-pair.ts compare.
 */
import { createHash } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { LARGE, TEXT_SIZE_KEY } from '../../src/lib/text-size.ts';

export const STATES = [
  { name: '360 light', width: 360, scheme: 'light', large: false, print: false },
  { name: '360 dark', width: 360, scheme: 'dark', large: false, print: false },
  { name: '360 大字版', width: 360, scheme: 'light', large: true, print: false },
  { name: '1280 light', width: 1280, scheme: 'light', large: false, print: false },
  { name: '1280 dark', width: 1280, scheme: 'dark', large: false, print: false },
  { name: '1280 大字版', width: 1280, scheme: 'light', large: true, print: false },
  { name: 'print', width: 1280, scheme: 'light', large: false, print: true },
] as const;

export type StyleState = (typeof STATES)[number];

/** The states to look at: STATE=print (a state's name) looks at that one alone. */
export const chosenStates = (): readonly StyleState[] =>
  STATES.filter((s) => !process.env.STATE || s.name === process.env.STATE);

/** A page in a new context set to the state, already shown the site's root (`site`, a URL ending in /). */
export async function pageInState(browser: Browser, state: StyleState, site: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: state.width, height: 800 },
    colorScheme: state.scheme,
  });
  if (state.large)
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [TEXT_SIZE_KEY, LARGE] as const);
  const page = await context.newPage();
  if (state.print) await page.emulateMedia({ media: 'print' });
  // A fresh context's first page (the 404, first in order) was now and then drawn before its fonts had settled.
  await page.goto(site);
  return page;
}

/** A whole-page screenshot of `path` (site-relative) under `site`, and its sha256. */
export async function shotOf(page: Page, site: string, path: string): Promise<{ png: Buffer; hash: string }> {
  await page.goto(site + path.slice(1));
  if (path.startsWith('/search/')) await page.waitForSelector('#search-results[data-done]');
  const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
  return { png, hash: createHash('sha256').update(png).digest('hex') };
}
