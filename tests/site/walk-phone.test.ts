/**
 * Every page on a phone, 360 × 740 in Chromium, opened once at the usual size and once with 大字版
 * (tests/support/walk.ts). At both: nothing lost sideways, targets of at least 44 px, the header in one row,
 * table cells with room for their words, every navigation entry in reach (or a cue that the row goes on),
 * labels that do not pose as buttons, our words about a figure where the figure is, drawings whose words grow
 * with the text. At the usual size also: no heading breaking “十四五” (at 320 px too); and on the plan's pages
 * the official text in the upper half of the first screen, 本页校勘 folded to one line, and justified lines
 * without wide gaps at every phone width from 360 to 430 px.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LARGE, TEXT_SIZE_KEY } from '../../src/lib/text-size.ts';
import {
  buttonLikeLabels,
  hiddenNavEntries,
  misplacedFigureWords,
  narrowCells,
  smallDiagramText,
} from '../support/checks/layout.ts';
import { noLoss } from '../support/checks/reflow.ts';
import {
  firstTextOnFirstScreen,
  headerOneRow,
  headingsKeep,
  justifiedEvenly,
  pageCorrectionsFolded,
} from '../support/checks/reading.ts';
import { targetSize } from '../support/checks/targets.ts';
import { pagesWithHeading, pageUrls } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-browser.ts';
import { walk, type PageCheck } from '../support/walk.ts';

const site = siteInBrowser();
const justified = justifiedEvenly();

/** A layout check of tests/support/checks/layout.ts as a check of the walk. */
const asCheck = (name: string, find: (page: Page) => Promise<string[]>): PageCheck => ({ name, run: find });

/** What holds on every page at 360 px, at either size. */
const PHONE_CHECKS: PageCheck[] = [
  noLoss,
  targetSize,
  headerOneRow,
  asCheck('no table cell narrower than 4 characters of its own text', narrowCells),
  asCheck('every navigation entry in reach, or a cue that the row goes on', hiddenNavEntries),
  asCheck('no label posing as a button', buttonLikeLabels),
  asCheck('our words about a figure say where the figure is', misplacedFigureWords),
  asCheck('the drawings’ words grow with the text', smallDiagramText),
];

describe('the checks can fail', () => {
  it('no loss: a page too wide and a box that cuts off its text are found', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.setContent(
      '<p style="width:700px">很长的一行字</p><div style="overflow:hidden;width:100px"><span style="display:inline-block;width:300px">被截断</span></div>',
    );
    const found = await noLoss.run(page, '/', { requests: [], console: [], errors: [] });
    await page.close();
    expect(found.some((f) => f.startsWith('scrolls sideways'))).toBe(true);
    expect(found.some((f) => f.includes('cuts off'))).toBe(true);
  });
});

walk(site, { name: 'every page at 360 px', pages: pageUrls(), context: { viewport: { width: 360, height: 740 } } }, [
  ...PHONE_CHECKS,
  headingsKeep(pagesWithHeading('十四五'), [320]),
  firstTextOnFirstScreen,
  pageCorrectionsFolded,
  justified.check,
]);

it('measured more than 300 justified lines at each phone width', () => {
  expect(justified.lines()).toBeGreaterThan(300 * 8);
});

walk(
  site,
  {
    name: 'every page at 360 px with 大字版',
    pages: pageUrls(),
    context: { viewport: { width: 360, height: 740 } },
    setUp: async (context, page) => {
      // As the reader's earlier choice would: the page's script reads it before the first paint.
      await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [TEXT_SIZE_KEY, LARGE] as const);
      await page.goto(site.server.url);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '大字版 is on').toBe(
        '20px',
      );
    },
  },
  PHONE_CHECKS,
);
