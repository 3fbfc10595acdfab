/**
 * axe-core in the page: WCAG 2.0–2.2 A and AA rules and best practice in
 * light, and the rules that read colours again in dark.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PageCheck } from '../walk.ts';
import { PAGE_KINDS } from '../page-kinds.ts';

const describeViolations = (result: AxeResults) =>
  result.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );

/**
 * Dark mode changes colours only (walk-desktop's guard holds the stylesheet
 * to that), so in dark the rules that read colours are the ones whose answer
 * can differ; every other rule's answer was given in light on the same page.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

declare global {
  interface Window {
    /** axe-core, once runAxe has put it into the page. */
    axe?: typeof import('axe-core');
  }
}

/** The axe-core that @axe-core/playwright itself uses, so the two can never disagree on the rules. */
const AXE_SOURCE = readFileSync(
  createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * The rules every page is held to: WCAG 2.0–2.2 A and AA, and best practice.
 * Only violations are asked for: building the passes and incomplete lists as
 * well took as long again, and nothing reads them.
 */
export const ALL_RULES: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  resultTypes: ['violations'],
};

const DARK_RULES: RunOptions = { runOnly: { type: 'rule', values: COLOUR_RULES }, resultTypes: ['violations'] };

/**
 * axe.run in the page, with axe-core put in once per document. AxeBuilder
 * injects it again for every run and finishes each run in a new blank page,
 * which made it three times slower here (5.6 s a page against 1.9 s, light
 * and dark); the site has no frames, the case that machinery is for. Put in
 * through the DevTools protocol, so the page's CSP does not apply to it.
 */
export async function runAxe(page: Page, options: RunOptions, exclude: readonly string[] = []): Promise<AxeResults> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    ([o, ex]) => {
      if (!window.axe) throw new Error('axe-core did not load in the page');
      return window.axe.run(ex.length ? { exclude: ex.map((selector) => [selector]) } : document, o);
    },
    [options, exclude] as const,
  );
}

/**
 * The site's frame: the header (its name, 大字版, the search box, 目录 on a phone), the 目录 beside the text and
 * the footer. One layout draws it on every page (src/layouts/Base.astro), only the current entry of 目录 and of
 * the main navigation changing, and it held about half of axe's work on a page (all pages in light: 40.3 s whole,
 * 21.7 s without it). So axe reads it on one page of each kind, and leaves it out on the others.
 */
export const FRAME: readonly string[] = ['header.site-header', 'nav.toc-side', 'footer.site-footer'];

/** One page of each kind, and the search page with results: axe reads their frame. */
export const FRAME_PAGES: ReadonlySet<string> = new Set<string>([...PAGE_KINDS, '/search/?q=双师型']);

const leftOut = (path: string) => (FRAME_PAGES.has(path) ? [] : FRAME);

/** Every rule's violations on the page as it is (light). */
const lightViolations = async (page: Page, exclude: readonly string[] = []) =>
  describeViolations(await runAxe(page, ALL_RULES, exclude));

/** The colour rules' violations in dark; the page is left in dark. */
async function darkViolations(page: Page, exclude: readonly string[] = []): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'dark' });
  return describeViolations(await runAxe(page, DARK_RULES, exclude)).map((v) => `dark: ${v}`);
}

export const axeLight: PageCheck = {
  name: 'axe finds no violation in light (WCAG 2.2 A, AA and best practice; the frame on one page of each kind)',
  run: (page, path) => lightViolations(page, leftOut(path)),
};

/** The walk puts the page back in light before the next one. */
export const axeDark: PageCheck = {
  name: 'axe finds no colour violation in dark (the frame on one page of each kind)',
  run: (page, path) => darkViolations(page, leftOut(path)),
};

/** Runs every rule on the whole page as it is (light), then the colour rules in dark; fails on any violation. */
export async function expectNoViolations(page: Page): Promise<void> {
  expect(await lightViolations(page), 'light').toEqual([]);
  expect(await darkViolations(page), 'dark').toEqual([]);
}
