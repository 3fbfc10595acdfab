/**
 * Reading on real screens, measured in Chromium: paragraph permalinks a
 * reader can see and tap at every width, “十四五” never broken inside a
 * heading, and the official text on a phone's first screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { DIST, htmlFiles, pageUrlOf, pageUrls, parse, readDist } from '../support/dist.ts';
import { LARGE, TEXT_SIZE_KEY } from '../../src/lib/text-size.ts';
import { wideJustifiedLines } from '../support/checks/justify.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

/** The plan's pages; the notice opens with its metadata table and is held to the first screen below. */
const UNIT_PAGE = /^\/plan\//;

async function open(path: string, width: number, height = 800): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height }, javaScriptEnabled: false });
  await page.goto(site.server.url + path.replace(/^\//, ''));
  return page;
}

/** What `look` finds on every unit page at 360 × 740, JavaScript off, by path; pages where it finds nothing are left out. */
async function onUnitPages<T>(look: () => T | undefined): Promise<Array<[string, T]>> {
  const page = await site.browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
  const found: Array<[string, T]> = [];
  for (const path of pageUrls().filter((p) => UNIT_PAGE.test(p))) {
    await page.goto(site.server.url + path.replace(/^\//, ''));
    const seen = await page.evaluate(look);
    if (seen !== undefined) found.push([path, seen]);
  }
  await page.close();
  return found;
}

describe('paragraph permalinks', () => {
  it.each([360, 768, 1024, 1280])(
    'at %i px every permalink of a task page is on screen, named, and clear of the contents',
    async (width) => {
      for (const path of ['/plan/tasks/01/', '/plan/tasks/09/']) {
        const page = await open(path, width);
        const found = await page.evaluate(() => {
          const box = (e: Element) => e.getBoundingClientRect();
          const toc = document.querySelector('.toc-side');
          const tocBox = toc && toc.checkVisibility() ? box(toc) : undefined;
          return [...document.querySelectorAll('a.para-link')].map((a) => {
            const r = box(a);
            const overlapsToc =
              tocBox !== undefined &&
              r.left < tocBox.right &&
              r.right > tocBox.left &&
              r.top < tocBox.bottom &&
              r.bottom > tocBox.top;
            return {
              left: r.left,
              right: r.right,
              width: r.width,
              height: r.height,
              overlapsToc,
              name: a.textContent ?? '',
              // What a sighted reader sees: the text outside the visually hidden label.
              shown: [...a.childNodes]
                .filter((n) => !(n instanceof Element && n.classList.contains('visually-hidden')))
                .map((n) => n.textContent)
                .join(''),
            };
          });
        });
        expect(found.length, path).toBeGreaterThan(0);
        for (const f of found) {
          expect(f.left, `${path} ${f.name}`).toBeGreaterThanOrEqual(0);
          expect(f.right, `${path} ${f.name}`).toBeLessThanOrEqual(width);
          // WCAG 2.2 target size (minimum): 24 × 24 CSS px.
          expect(Math.min(f.width, f.height), `${path} ${f.name}`).toBeGreaterThanOrEqual(24);
          expect(f.overlapsToc, `${path} ${f.name}`).toBe(false);
          // Said in words, not by a pilcrow alone.
          expect(f.name, `${path} ${f.name}`).toMatch(/本段链接/);
          expect(f.shown.replace('¶', '').trim(), `${path} ${f.name}`).toMatch(/第\d+段|主送|落款|日期/);
        }
        await page.close();
      }
    },
  );
});

/** Headings (or `selector`) where one of `words` starts on one line and ends on another, with the width. */
async function splits(
  page: Page,
  words: readonly string[] = ['十四五'],
  selector = 'h1, h2, h3, h4, h5, h6',
): Promise<string[]> {
  return page.evaluate(
    ([words, selector]) => {
      const bad: string[] = [];
      for (const h of document.querySelectorAll(selector)) {
        if (!h.checkVisibility()) continue;
        // The heading's characters, each with the text node and offset it lives at.
        const chars: Array<[Text, number]> = [];
        const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (!(n instanceof Text)) continue;
          for (let i = 0; i < n.data.length; i++) chars.push([n, i]);
        }
        const text = chars.map(([n, i]) => n.data[i]).join('');
        const rectOf = ([n, i]: [Text, number]) => {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          return r.getBoundingClientRect();
        };
        for (const word of words)
          for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            const first = rectOf(chars[at]!);
            const last = rectOf(chars[at + word.length - 1]!);
            // Same line: the last character's middle lies within the first's line box.
            const middle = (last.top + last.bottom) / 2;
            if (middle < first.top || middle > first.bottom)
              bad.push(
                `${location.pathname} ${window.innerWidth}px: ${text.slice(Math.max(0, at - 6), at + word.length + 5)}`,
              );
          }
      }
      return bad;
    },
    [words, selector] as const,
  );
}

describe('“十四五” in headings', () => {
  it('no heading on any page breaks it across lines at 320, 360 or 1280 px', async () => {
    const bad: string[] = [];
    const page = await site.browser.newPage({ viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    // Only pages with “十四五” in a heading can break it; the rest need no browser.
    const withIt = htmlFiles()
      .filter((f) =>
        selectAll('h1, h2, h3, h4, h5, h6', parse(readDist(`${DIST}/${f}`))).some((h) =>
          toString(h).includes('十四五'),
        ),
      )
      .map(pageUrlOf);
    expect(withIt.length).toBeGreaterThanOrEqual(4);
    for (const path of withIt) {
      await page.goto(site.server.url + path.replace(/^\//, ''));
      for (const width of [320, 360, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        bad.push(...(await splits(page)));
      }
    }
    await page.close();
    expect(bad).toEqual([]);
  }, 300_000);
});

describe('“十四五” in our own prose', () => {
  it.each([320, 360])('the home page’s words about the plan’s period keep it on one line at %i px', async (width) => {
    const page = await open('/', width);
    expect(await page.locator('.home-period').innerText()).toContain('“十四五”');
    const bad = await splits(page, ['“十四五”'], '.home-period');
    await page.close();
    expect(bad).toEqual([]);
  });
});

describe('the notice’s title on a phone', () => {
  // The words of the title a reader reads as one: broken, “发 / 展” or “职业教 / 育” read as two.
  const WORDS = [
    '重庆市',
    '綦江区',
    '教育委员会',
    '关于',
    '印发',
    '十四五',
    '职业教育',
    '发展',
    '提升',
    '行动计划',
    '实施方案',
    '通知',
  ];

  it.each([320, 360])('at %i px keeps each word of the title on one line', async (width) => {
    const page = await open('/notice/', width);
    const bad = await splits(page, WORDS);
    expect(await page.locator('h1').innerText()).toContain('职业教育');
    await page.close();
    expect(bad).toEqual([]);
  });
});

describe('a phone’s first screen', () => {
  /** Where the first paragraph of official text starts, from the top of a 360 × 740 screen. */
  async function firstParagraphTop(page: Page, path: string): Promise<number | undefined> {
    await page.goto(site.server.url + path.replace(/^\//, ''));
    return page.evaluate(() => document.querySelector('p[data-official]')?.getBoundingClientRect().top);
  }

  it('every unit page starts its official text in the upper half (top ≤ 370 px)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    const tops: Record<string, number> = {};
    for (const path of pageUrls().filter((p) => UNIT_PAGE.test(p))) {
      const top = await firstParagraphTop(page, path);
      if (top !== undefined) tops[path] = Math.round(top);
    }
    await page.close();
    expect(Object.keys(tops).length).toBeGreaterThan(30);
    expect(Object.entries(tops).filter(([, top]) => top > 370)).toEqual([]);
  }, 120_000);

  it.each(['/full-text/', '/notice/'])('%s shows its first official line on the first screen', async (path) => {
    const page = await open(path, 360, 740);
    const line = await page.evaluate(() => {
      const p = document.querySelector('p[data-official]');
      if (!p) return undefined;
      const r = document.createRange();
      r.setStart(p, 0);
      r.setEnd(p, 1);
      return r.getClientRects()[0]?.bottom;
    });
    await page.close();
    expect(line).toBeDefined();
    expect(line).toBeLessThanOrEqual(740);
  });

  it.each([
    [320, false],
    [360, false],
    [360, true],
  ])('at %i px (大字版 %s) the header holds the name, 大字版 and 搜索 in one row', async (width, large) => {
    const page = await site.browser.newPage({ viewport: { width, height: 740 } });
    // As the reader's earlier choice would: the page's head script reads it before the first paint.
    if (large) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [TEXT_SIZE_KEY, LARGE]);
    await page.goto(site.server.url + 'plan/tasks/09/');
    const rows = await page.evaluate(() =>
      ['.site-name', '.text-size-toggle', '.search-link'].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return { s, top: Math.round(r.top), bottom: Math.round(r.bottom), width: Math.round(r.width) };
      }),
    );
    await page.close();
    const [name, ...buttons] = rows;
    for (const b of buttons) {
      expect(b.width, `${b.s} is shown`).toBeGreaterThan(0);
      // In the name's row: each button's middle lies within the name's box.
      expect((b.top + b.bottom) / 2, JSON.stringify(rows)).toBeGreaterThan(name!.top);
      expect((b.top + b.bottom) / 2, JSON.stringify(rows)).toBeLessThan(name!.bottom);
    }
  });
});

describe('校勘说明 on a phone', () => {
  it.each([320, 360])('at %i px the rules table fits its box', async (width) => {
    const page = await open('/corrections/', width);
    const { table, box } = await page.evaluate(() => ({
      table: document.querySelector('.corrections-table')?.scrollWidth ?? 0,
      box: document.querySelector('.table-scroll')?.clientWidth ?? 0,
    }));
    await page.close();
    expect(table).toBeGreaterThan(0);
    expect(table).toBeLessThanOrEqual(box);
  });
});

describe('where the reader is', () => {
  it('the contents beside a late task show its entry without scrolling the page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.server.url + 'plan/tasks/26/');
    const seen = await page.evaluate(() => {
      const side = document.querySelector('.toc-side')!.getBoundingClientRect();
      const here = document.querySelector('.toc-side a[aria-current="page"]')!.getBoundingClientRect();
      return { inside: here.top >= side.top && here.bottom <= side.bottom, pageScroll: window.scrollY };
    });
    await page.close();
    expect(seen).toEqual({ inside: true, pageScroll: 0 });
  });

  it.each(['/plan/measures/4/', '/plan/tasks/26/'])(
    'on a phone, opening 目录 on %s shows its entry inside the panel',
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(site.server.url + path.replace(/^\//, ''));
      await page.locator('.toc-inline summary').click();
      const seen = await page.evaluate(() => {
        const panel = document.querySelector('.toc-inline[open] > nav')!;
        const box = panel.getBoundingClientRect();
        const here = panel.querySelector('a[aria-current="page"]')!.getBoundingClientRect();
        return {
          long: panel.scrollHeight > panel.clientHeight,
          inside: here.top >= box.top && here.bottom <= box.bottom,
        };
      });
      await page.close();
      // A panel that fits needs no scrolling, and would prove nothing.
      expect(seen).toEqual({ long: true, inside: true });
    },
  );

  it.each(['/plan/', '/plan/general/', '/plan/groups/03/', '/plan/tasks/09/', '/plan/measures/2/'])(
    '%s marks 方案 in the navigation',
    async (path) => {
      const page = await open(path, 1280);
      const current = await page.locator('.main-nav a[aria-current]').allInnerTexts();
      await page.close();
      expect(current).toEqual(['方案']);
    },
  );
});

describe('本页校勘 at the foot of a page', () => {
  it('is collapsed, its summary one line at 360 px, on every unit page that has it', async () => {
    const found = await onUnitPages(() => {
      const box = document.querySelector('.page-corrections details');
      const summary = box?.querySelector('summary');
      if (!box || !summary) return undefined;
      const range = document.createRange();
      range.selectNodeContents(summary);
      // Lines: the distinct tops of the summary's text boxes (one line may mix sizes, so tops within 8 px agree).
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
      const lines = tops.filter((t, i) => tops.slice(0, i).every((u) => Math.abs(u - t) > 8)).length;
      return { open: box.hasAttribute('open'), lines };
    });
    expect(found.length).toBeGreaterThan(30);
    expect(found.filter(([, f]) => f.open || f.lines !== 1)).toEqual([]);
  }, 120_000);
});

describe('justified official text on a phone', () => {
  /*
   * A figure or word that is not broken (4:6，, 60%) and moves to the next line leaves its room to the line before,
   * which justification spreads over that line. Given to its Chinese characters alone, it spaced out 职 普 比 由 by
   * 0.16 em each around 3.2:6.8 at 393 px (with the spacing around the figure on top). Spread over every character,
   * no gap of any justified line of the plan's pages is wider than 0.15 em at the widths of phones, 360 to 430 px.
   */
  const WIDTHS = [360, 375, 390, 393, 396, 412, 414, 430];
  it(`spreads each line’s spare room: no gap wider than 0.15 em at ${WIDTHS.join(', ')} px`, async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    let lines = 0;
    const wide: string[] = [];
    for (const path of pageUrls().filter((p) => UNIT_PAGE.test(p))) {
      await page.goto(site.server.url + path.replace(/^\//, ''));
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 740 });
        const found = await wideJustifiedLines(page, 0.15);
        lines += found.lines;
        wide.push(...found.problems);
      }
    }
    await page.close();
    expect(lines).toBeGreaterThan(300 * WIDTHS.length);
    expect(wide).toEqual([]);
  }, 300_000);
});
