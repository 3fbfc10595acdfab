/**
 * A page on paper, as Chromium prints it to PDF (page.pdf(), what 打印 → 另存为 PDF does), read back with pdf.js:
 * no word that only makes sense on a screen (SCREEN_ONLY in src/ui/strings.ts), an address after every link
 * when the site has one, and without one no list or line that does nothing but link. For the per-viewport
 * walk: it takes a Page already at the page and returns the problems; the page is left showing the screen.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { SCREEN_ONLY } from '../../../src/ui/strings.ts';
import { PAGE_KINDS } from '../page-kinds.ts';

/**
 * pdf.js reads some characters of the CJK fonts back as radicals (⼤ U+2F24 for 大, ⻚ U+2EDA for 页): NFKC folds the
 * Kangxi radicals, and this table the simplified forms of the radicals supplement, which NFKC leaves alone.
 */
const RADICALS: Record<string, string> = {
  '⺠': '民',
  '⻅': '见',
  '⻆': '角',
  '⻈': '讠',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
};

/** Text as compared with a PDF's: white space out (a line may break inside a word or an address), the same characters folded. */
export const foldText = (text: string): string =>
  text
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EFF]/g, (c) => RADICALS[c] ?? c)
    .replace(/\s+/g, '');

/**
 * The text of a PDF, folded (foldText), read two ways: in the order pdf.js gives it, which is the order Chromium
 * drew it (positioned boxes, such as the page's header and the paragraphs, after the rest of their sheet), and as
 * a reader reads it, line by line down each sheet, each line from the left (which mixes side-by-side boxes, such
 * as the home page's cards). A word or an address counts as printed when it reads whole in either.
 */
export async function pdfText(pdf: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: pdf, disableFontFace: true, verbosity: 0 }).promise;
  let drawn = '';
  let read = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const items = (await (await doc.getPage(i)).getTextContent()).items.flatMap((item) =>
      'str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : [],
    );
    drawn += items.map((item) => item.str).join('');
    // A line's pieces may sit a point or two apart (a figure, a bold word).
    const lines: Array<typeof items> = [];
    for (const item of [...items].sort((a, b) => b.y - a.y)) {
      const line = lines.at(-1);
      if (line && line[0]!.y - item.y < 3) line.push(item);
      else lines.push([item]);
    }
    read += lines
      .map((line) =>
        line
          .sort((a, b) => a.x - b.x)
          .map((item) => item.str)
          .join(''),
      )
      .join('');
  }
  await doc.cleanup();
  return `${foldText(drawn)}\n${foldText(read)}`;
}

/** One page of each kind (tests/support/page-kinds.ts); the search page shows nothing without its script, and is not for paper. */
export const PRINT_PAGES = PAGE_KINDS;

export interface PrintOptions {
  /** The site's public address (SITE_URL) when the build has one: links within the site print under it. */
  site?: string | undefined;
}

/**
 * In the page, as printed: each link shown on paper with the address it should print after it (undefined
 * where a link prints none by design: inside the official text and glossary terms, whose sentences read
 * unbroken), and each list or line that does nothing but link.
 */
export function printedLinks(site: string | null): {
  links: Array<{ text: string; address: string | undefined }>;
  navOnly: string[];
} {
  const shown = (e: Element) => e.checkVisibility();
  const origin = site ? new URL(site).origin : undefined;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('body a[href]')]
    .filter((a) => shown(a) && (a.textContent ?? '').trim())
    .map((a) => {
      const href = a.getAttribute('href') ?? '';
      // A place on the same page is on the same paper: its words (官方后来的说法) lead there as a heading does.
      const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
      const samePage = target !== null && shown(target);
      const plain = a.closest('[data-official]') !== null || a.matches('.term, .term-ref') || samePage;
      const address = plain
        ? undefined
        : /^(https?|mailto):/.test(href)
          ? href
          : href.startsWith('/') && origin
            ? origin + href
            : `(no address for ${href})`;
      return { text: (a.textContent ?? '').trim(), address };
    });
  // A list, or a line of links with only separators between them, that would print as bare words. A link off the
  // site prints its address with or without the site's, so only links within the site count.
  const navOnly = [...document.querySelectorAll<HTMLElement>('body ul, body ol, body p')]
    .filter((el) => shown(el) && !el.closest('[data-official]') && el.querySelector('a[href]:not([href^="http"])'))
    .filter((el) => {
      const clone = el.cloneNode(true) as HTMLElement;
      for (const a of clone.querySelectorAll('a')) a.remove();
      return /^[\s·、，,|/]*$/.test(clone.textContent ?? '');
    })
    .map(
      (el) =>
        `${el.tagName.toLowerCase()}${el.className ? '.' + el.className.split(' ')[0] : ''}: ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`,
    );
  return { links, navOnly };
}

/** What is wrong with the page on paper (A4), or [] when nothing is. */
export async function printProblems(page: Page, { site }: PrintOptions = {}): Promise<string[]> {
  const where = new URL(page.url()).pathname;
  const problems: string[] = [];
  await page.emulateMedia({ media: 'print' });
  try {
    const { links, navOnly } = await page.evaluate(printedLinks, site ?? null);
    const text = await pdfText(new Uint8Array(await page.pdf({ format: 'A4' })));
    for (const words of SCREEN_ONLY)
      if (text.includes(foldText(words))) problems.push(`${where}: prints the screen's words “${words}”`);
    // Without the site's address only links off the site have one to print.
    for (const { text: label, address } of links)
      if (address !== undefined && (site || /^(https?|mailto):/.test(address)) && !text.includes(foldText(address)))
        problems.push(`${where}: prints the link “${label}” without its address ${address}`);
    if (!site)
      for (const nav of navOnly) problems.push(`${where}: prints a list that only links, with no addresses: ${nav}`);
  } finally {
    await page.emulateMedia({ media: null });
  }
  return problems;
}
