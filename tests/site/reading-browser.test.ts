/**
 * Reading on real screens, measured in Chromium on chosen pages: paragraph
 * permalinks a reader can see and tap at every width, “十四五” and the
 * notice's title words kept whole, the first official line on a phone's
 * first screen, and where the reader is. What holds on every page at 360 px
 * is measured in walk-phone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { headerRow, splits } from '../support/checks/reading.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

async function open(path: string, width: number, height = 800): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height }, javaScriptEnabled: false });
  await page.goto(site.server.url + path.replace(/^\//, ''));
  return page;
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

  it('at 320 px the header holds the name, 大字版 and 搜索 in one row (at 360 px on every page, with 大字版 too: walk-phone)', async () => {
    const page = await site.browser.newPage({ viewport: { width: 320, height: 740 } });
    await page.goto(site.server.url + 'plan/tasks/09/');
    const problems = await page.evaluate(headerRow);
    await page.close();
    expect(problems).toEqual([]);
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
