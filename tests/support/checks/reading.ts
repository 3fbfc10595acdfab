/**
 * Reading on a phone, measured on the page as drawn: the official text
 * starts on the first screen, 本页校勘 stays one folded line, justified
 * lines open no wide gaps at any phone's width, words a reader reads as one (十四五) do not break
 * across lines in a heading, and the header keeps its one row.
 */
import type { Page } from 'playwright-core';
import type { PageCheck } from '../walk.ts';
import { wideJustifiedLines } from './justify.ts';

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
 * A figure or word that is not broken (4:6，, 60%) and moves to the next line leaves its room to the line before,
 * which justification spreads over that line. Given to its Chinese characters alone, it spaced out 职 普 比 由 by
 * 0.16 em each around 3.2:6.8 at 393 px (with the spacing around the figure on top). Spread over every character,
 * no gap of any justified line of the plan's pages is wider than 0.15 em at the widths of phones, 360 to 430 px.
 */
export const JUSTIFY_LIMIT_EM = 0.15;
export const PHONE_WIDTHS = [360, 375, 390, 393, 396, 412, 414, 430] as const;

/** The check at each phone width (the page is put back after), and how many justified lines it has measured. */
export function justifiedEvenly(): { check: PageCheck; lines: () => number } {
  let lines = 0;
  const check: PageCheck = {
    name: `justified official text: no gap wider than ${JUSTIFY_LIMIT_EM} em at ${PHONE_WIDTHS.join(', ')} px`,
    only: UNIT_PAGE,
    atLeast: 30,
    run: async (page) => {
      const size = page.viewportSize();
      const wide: string[] = [];
      for (const width of PHONE_WIDTHS) {
        await page.setViewportSize({ width, height: size?.height ?? 740 });
        const found = await wideJustifiedLines(page, JUSTIFY_LIMIT_EM);
        lines += found.lines;
        wide.push(...found.problems);
      }
      if (size) await page.setViewportSize(size);
      return wide;
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
