/**
 * Every page on a phone, 360 × 740 in Chromium, opened once
 * (tests/support/walk.ts): no sideways scroll and nothing cut off, targets
 * of at least 44 px, the header in one row, no heading breaking “十四五”
 * (at 320 px too); and on the plan's pages the official text in the upper
 * half of the first screen, 本页校勘 folded to one line, and justified lines
 * without wide gaps.
 */
import { describe, expect, it } from 'vitest';
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
import { walk } from '../support/walk.ts';

const site = siteInBrowser();
const justified = justifiedEvenly();

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
  noLoss,
  targetSize,
  headerOneRow,
  headingsKeep(pagesWithHeading('十四五'), [320]),
  firstTextOnFirstScreen,
  pageCorrectionsFolded,
  justified.check,
]);

it('measured more than 300 justified lines', () => {
  expect(justified.lines()).toBeGreaterThan(300);
});
