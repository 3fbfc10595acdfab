/**
 * Reading on a phone, measured on the page as drawn: the official text
 * starts on the first screen, 本页校勘 stays one folded line, justified
 * lines open no wide gaps, words a reader reads as one (十四五) do not break
 * across lines in a heading, and the header keeps its one row.
 */
import type { Page } from 'playwright-core';
import type { PageCheck } from '../walk.ts';

/** The plan's pages, where the official text leads. */
export const UNIT_PAGE = (path: string): boolean => /^\/plan\//.test(path);

/** How far down a 360 × 740 screen the first official paragraph may start: the upper half. */
export const FIRST_TEXT_TOP = 370;

export const firstTextOnFirstScreen: PageCheck = {
  name: `the official text starts in the upper half of a 360 × 740 screen (top ≤ ${FIRST_TEXT_TOP} px)`,
  only: UNIT_PAGE,
  atLeast: 30,
  run: async (page) => {
    const top = await page.evaluate(() => document.querySelector('p[data-official]')?.getBoundingClientRect().top);
    return top !== undefined && top > FIRST_TEXT_TOP ? [`starts at ${Math.round(top)} px`] : [];
  },
};

export const pageCorrectionsFolded: PageCheck = {
  name: '本页校勘 is collapsed to a one-line summary',
  only: UNIT_PAGE,
  atLeast: 30,
  run: (page) =>
    page.evaluate(() => {
      const box = document.querySelector('.page-corrections details');
      const summary = box?.querySelector('summary');
      if (!box || !summary) return [];
      const range = document.createRange();
      range.selectNodeContents(summary);
      // Lines: the distinct tops of the summary's text boxes (one line may mix sizes, so tops within 8 px agree).
      const tops = [...range.getClientRects()].filter((r) => r.width > 0).map((r) => r.top);
      const lines = tops.filter((t, i) => tops.slice(0, i).every((u) => Math.abs(u - t) > 8)).length;
      return [
        ...(box.hasAttribute('open') ? ['is open'] : []),
        ...(lines !== 1 ? [`summary takes ${lines} lines`] : []),
      ];
    }),
};

/*
 * A kept group (十四五, 60%, 3.2:6.8) that moves to the next line leaves its room to the line before, which justification
 * spreads over that line's characters. Chromium spreads it over every Chinese character (inter-character), so no
 * single wide gap opens; this holds it there: no character of a justified line gains more than a third of an em.
 */
export const JUSTIFY_LIMIT_EM = 1 / 3;

/** Justified lines counted, and those where a Chinese character gains more than `limit` em. In the page. */
export function justifyGaps(limit: number): { lines: number; wide: string[] } {
  const out = { lines: 0, wide: [] as string[] };
  for (const p of document.querySelectorAll('p[data-official]')) {
    const style = getComputedStyle(p);
    if (style.textAlign !== 'justify') continue;
    const em = parseFloat(style.fontSize);
    const chars: Array<{ ch: string; r: DOMRect }> = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!(n instanceof Text)) continue;
      for (let i = 0; i < n.data.length; i++) {
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getClientRects()[0];
        if (r) chars.push({ ch: n.data[i]!, r });
      }
    }
    const rows: Array<typeof chars> = [];
    for (const c of chars) {
      const row = rows.at(-1);
      if (row && Math.abs(row.at(-1)!.r.top - c.r.top) < em / 2) row.push(c);
      else rows.push([c]);
    }
    // The last line is not justified. A Chinese character is 1 em wide; what it has beyond is justification's.
    for (const row of rows.slice(0, -1)) {
      out.lines++;
      const most = Math.max(0, ...row.filter((c) => /\p{Script=Han}/u.test(c.ch)).map((c) => c.r.width / em - 1));
      if (most > limit) out.wide.push(`+${most.toFixed(2)}em: ${row.map((c) => c.ch).join('')}`);
    }
  }
  return out;
}

/** The check, and how many justified lines it has measured so far (so a test can hold that it saw enough). */
export function justifiedEvenly(): { check: PageCheck; lines: () => number } {
  let lines = 0;
  const check: PageCheck = {
    name: `justified official text: no character gains more than ${JUSTIFY_LIMIT_EM.toFixed(2)} em`,
    only: UNIT_PAGE,
    atLeast: 30,
    run: async (page) => {
      const found = await page.evaluate(justifyGaps, JUSTIFY_LIMIT_EM);
      lines += found.lines;
      return found.wide;
    },
  };
  return { check, lines: () => lines };
}

/** Elements matching `selector` where one of `words` starts on one line and ends on another. In the page. */
export function splitWords([words, selector]: readonly [readonly string[], string]): string[] {
  const bad: string[] = [];
  for (const h of document.querySelectorAll(selector)) {
    if (!h.checkVisibility()) continue;
    // The element's characters, each with the text node and offset it lives at.
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
          bad.push(`${window.innerWidth}px: ${text.slice(Math.max(0, at - 6), at + word.length + 5)}`);
      }
  }
  return bad;
}

/** Where `words` break across lines in `selector` on the page as it is. */
export const splits = (page: Page, words: readonly string[] = ['十四五'], selector = 'h1, h2, h3, h4, h5, h6') =>
  page.evaluate(splitWords, [words, selector] as const);

/** Headings keep 十四五 on one line at the walk's width and at each of `widths`, then the page is put back. */
export function headingsKeep(only: (path: string) => boolean, widths: readonly number[] = []): PageCheck {
  return {
    name: `no heading breaks “十四五” across lines${widths.length ? ` (also at ${widths.join(', ')} px)` : ''}`,
    only,
    atLeast: 4,
    run: async (page) => {
      const size = page.viewportSize();
      const bad = await splits(page);
      for (const width of widths) {
        await page.setViewportSize({ width, height: size?.height ?? 800 });
        bad.push(...(await splits(page)));
      }
      if (size && widths.length) await page.setViewportSize(size);
      return bad;
    },
  };
}

/** The header's name, 大字版 and 搜索 in one row: each button's middle within the name's box. In the page. */
export function headerRow(): string[] {
  const rows = ['.site-name', '.text-size-toggle', '.search-link'].map((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return { s, top: r?.top ?? 0, bottom: r?.bottom ?? 0, width: r?.width ?? 0 };
  });
  const [name, ...buttons] = rows;
  return buttons.flatMap((b) =>
    b.width === 0
      ? [`${b.s} is not shown`]
      : (b.top + b.bottom) / 2 <= name!.top || (b.top + b.bottom) / 2 >= name!.bottom
        ? [
            `${b.s} is not in the name's row (${Math.round(b.top)}–${Math.round(b.bottom)} against ${Math.round(name!.top)}–${Math.round(name!.bottom)})`,
          ]
        : [],
  );
}

export const headerOneRow: PageCheck = {
  name: 'the header holds the name, 大字版 and 搜索 in one row',
  run: (page) => page.evaluate(headerRow),
};
