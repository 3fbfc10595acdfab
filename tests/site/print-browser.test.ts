/**
 * Paper: the full text printed by Chromium to PDF (page.pdf(), as 打印 →
 * 另存为 PDF does) and read back with pdf.js. No page but the last is more
 * than half blank; the marks have a legend on paper; print looks the same
 * whatever colour scheme the screen is in. One page of each kind prints no
 * word meant for a screen and, with no site address to give, no list that
 * only links; a task page writes out its corrections.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { foldText, pdfText, PRINT_PAGES, printProblems, printedLinks } from '../support/checks/print.ts';
import { siteInBrowser } from '../support/site-browser.ts';
import { ui } from '../../src/ui/strings.ts';

const site = siteInBrowser();

/** For each PDF page, the share of its height between its highest and its lowest line of text. */
async function textSpans(pdf: Uint8Array): Promise<number[]> {
  const doc = await getDocument({ data: pdf, disableFontFace: true, verbosity: 0 }).promise;
  const spans: number[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const height = page.view[3]! - page.view[1]!;
    const lines = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim()
        ? [{ bottom: item.transform[5] as number, top: item.transform[5] + item.height }]
        : [],
    );
    const top = Math.max(...lines.map((l) => l.top));
    const bottom = Math.min(...lines.map((l) => l.bottom));
    spans.push(lines.length ? (top - bottom) / height : 0);
  }
  await doc.cleanup();
  return spans;
}

async function printed(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await site.browser.newPage({ colorScheme, javaScriptEnabled: false });
  await page.goto(site.server.url + path.replace(/^\//, ''));
  await page.emulateMedia({ media: 'print', colorScheme });
  return page;
}

describe('the full text on paper', () => {
  it('has no page more than half blank but the last (A4 PDF from Chromium)', async () => {
    const page = await printed('/full-text/');
    const spans = await textSpans(new Uint8Array(await page.pdf({ format: 'A4' })));
    await page.close();
    expect(spans.length).toBeGreaterThan(3);
    const half = spans
      .slice(0, -1)
      .map((s, i) => ({ page: i + 1, filled: Math.round(s * 100) }))
      .filter((p) => p.filled < 50);
    expect(half).toEqual([]);
  }, 120_000);

  it('explains the dotted marks on paper', async () => {
    const page = await printed('/full-text/');
    const legend = page.locator('.marks-legend');
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.innerText()).toMatch(/虚线/);
    // The legend shows the mark itself, styled as in the text.
    const sample = legend.locator('ins.restored');
    expect(await sample.count()).toBe(1);
    await page.close();
  });

  it.each(['/full-text/', '/plan/tasks/09/', '/corrections/'])(
    '%s prints the same colours whether the screen is light or dark',
    async (path) => {
      const colours = async (scheme: 'light' | 'dark') => {
        const page = await printed(path, scheme);
        const all = await page.evaluate(() =>
          [...document.querySelectorAll('body *')].map((e) => {
            const s = getComputedStyle(e);
            return `${e.tagName}.${e.className} ${s.color} ${s.backgroundColor} ${s.borderTopColor} ${s.borderBottomColor} ${s.borderLeftColor}`;
          }),
        );
        await page.close();
        return all;
      };
      const light = await colours('light');
      const dark = await colours('dark');
      expect(dark.filter((d, i) => d !== light[i]).slice(0, 5)).toEqual([]);
    },
  );
});

describe('links on paper without a site address', () => {
  // A path alone leads nowhere on paper, and this build knows no host to put before it (variants.test.ts prints one).
  it('print links within the site as words, with no address', async () => {
    const page = await printed('/document/');
    const after = await page.evaluate(() =>
      [...document.querySelectorAll('main a[href], footer a[href]')]
        .filter((a) => a.checkVisibility())
        .map((a) => ({
          within: !/^https?:/.test(a.getAttribute('href') ?? ''),
          after: getComputedStyle(a, '::after').content,
        })),
    );
    await page.close();
    expect(after.filter((a) => a.within).length).toBeGreaterThan(3);
    expect(after.filter((a) => a.within && a.after !== 'none')).toEqual([]);
  });
});

describe('every kind of page on paper, without a site address', () => {
  it('prints no word meant for a screen, and no list or line that only links (A4 PDF)', async () => {
    const page = await site.browser.newPage();
    const found: string[] = [];
    for (const path of PRINT_PAGES) {
      await page.goto(site.server.url + path.replace(/^\//, ''));
      found.push(...(await printProblems(page)));
    }
    await page.close();
    expect(found).toEqual([]);
  }, 180_000);

  it('the check finds a list that only links: the guide’s 接着看, shown as on screen', async () => {
    const page = await printed('/guide/');
    const before = await page.evaluate(printedLinks, null);
    expect(before.navOnly).toEqual([]);
    await page.evaluate(() => document.querySelector('.guide-more')?.classList.remove('nav-only'));
    const after = await page.evaluate(printedLinks, null);
    await page.close();
    expect(after.navOnly.join('\n')).toContain('ul');
  });

  it('a task page writes out its corrections, with what the dotted underline means', async () => {
    const page = await printed('/plan/tasks/01/');
    const text = await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })));
    await page.close();
    expect(text).toContain('C06');
    expect(text).toContain('C07');
    expect(text).toContain('下划虚线');
    expect(text).toContain(foldText(ui.pageRulesNote));
  });
});
