/**
 * Per-page checks of what a reader on a phone can see and reach, for the walk over every page at a viewport
 * (one page opened, every check run on it). Each takes a playwright Page already at the page and returns the
 * problems found, [] when there are none; the in-page part is a plain function given to page.evaluate, so
 * another engine's driver could run it too.
 */
import type { Page } from 'playwright-core';

/**
 * Table cells squeezed below 4 characters of their own text (a cell whose whole text is shorter needs room
 * for that text), so no column shows one character a line.
 */
export function narrowCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    // A table's column names may be kept for screen readers only, in a 1 px box, when its rows are cards.
    const hiddenBox = (e: Element | null): boolean =>
      e !== null && e.tagName !== 'MAIN' && (e.getBoundingClientRect().width <= 1 || hiddenBox(e.parentElement));
    for (const cell of document.querySelectorAll<HTMLElement>('main th, main td')) {
      if (!cell.checkVisibility() || hiddenBox(cell.parentElement)) continue;
      const style = getComputedStyle(cell);
      const text = (cell.textContent ?? '').replace(/\s+/g, '');
      if (!text) continue;
      const room = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const need = Math.min(4, [...text].length) * parseFloat(style.fontSize);
      if (room + 0.5 < need)
        found.push(
          `${location.pathname} ${innerWidth}px: a cell is ${Math.round(room)} px wide for ${Math.round(need)} px: ${text.slice(0, 12)}`,
        );
    }
    return found;
  });
}

/**
 * Navigation entries a reader cannot see or reach: not shown at all, beyond the window with nothing to scroll,
 * or cut off at the edge of a sideways-scrolling row with no visible cue on that side (a ::before or ::after of
 * the row or its box, shown, saying the row goes on).
 */
export function hiddenNavEntries(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // A cue that follows the row's scrolling is drawn on the next frames after a script scrolled the row.
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    const found: string[] = [];
    const where = `${location.pathname} ${innerWidth}px`;
    const cueShown = (el: Element | null, side: '::before' | '::after') => {
      if (!el) return false;
      const s = getComputedStyle(el, side);
      return s.content !== 'none' && s.content !== 'normal' && s.display !== 'none' && parseFloat(s.opacity) >= 0.5;
    };
    for (const a of document.querySelectorAll<HTMLElement>('header nav a')) {
      // The phone's 目录 panel is folded until opened: its entries are reached through its button.
      if (a.closest('details:not([open])')) continue;
      const name = (a.textContent ?? '').trim();
      if (!a.checkVisibility()) {
        found.push(`${where}: “${name}” is not shown`);
        continue;
      }
      const box = a.getBoundingClientRect();
      let row: HTMLElement | null = a.parentElement;
      while (row && !/auto|scroll/.test(getComputedStyle(row).overflowX)) row = row.parentElement;
      if (!row || row === document.documentElement || row === document.body) {
        if (box.left < 0 || box.right > innerWidth) found.push(`${where}: “${name}” lies beyond the window`);
        continue;
      }
      const view = row.getBoundingClientRect();
      // A pixel's rounding is not a cut.
      const cutRight = box.right > view.right + 1;
      const cutLeft = box.left < view.left - 1;
      if (!cutRight && !cutLeft) continue;
      if (row.scrollWidth <= row.clientWidth) found.push(`${where}: “${name}” is cut off and its row does not scroll`);
      if (cutRight && !cueShown(row, '::after') && !cueShown(row.parentElement, '::after'))
        found.push(`${where}: “${name}” is cut off at the right with no sign that the row goes on`);
      if (cutLeft && !cueShown(row, '::before') && !cueShown(row.parentElement, '::before'))
        found.push(`${where}: “${name}” is cut off at the left with no sign that the row goes on`);
    }
    return found;
  });
}

/** 本站编辑说明 labels drawn as buttons (a box all round, rounded, or a pointer): a label does nothing when tapped. */
export function buttonLikeLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const label of document.querySelectorAll<HTMLElement>('.ours-label')) {
      if (!label.checkVisibility()) continue;
      const s = getComputedStyle(label);
      const sides = ['Top', 'Right', 'Bottom', 'Left'].filter(
        (side) =>
          parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
          s.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none',
      );
      const tinted = s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent';
      const rounded = parseFloat(s.borderTopLeftRadius) > 0 || parseFloat(s.borderBottomRightRadius) > 0;
      if (sides.length >= 3 || (rounded && (sides.length > 0 || tinted)) || s.cursor === 'pointer')
        found.push(`${location.pathname}: “${label.textContent?.trim()}” looks like a button`);
    }
    return found;
  });
}

/**
 * Our words that point at a figure or a table (下图, 上图, 下表, 上表) where none lies that way: 画成下图 under
 * the chart it means.
 */
export function misplacedFigureWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const figures = [...document.querySelectorAll('main svg[role="img"], main img')].filter((f) => f.checkVisibility());
    const tables = [...document.querySelectorAll('main table')].filter((t) => t.checkVisibility());
    const walker = document.createTreeWalker(document.querySelector('main') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? '';
      const words = text.match(/[上下][图表]/g);
      if (!words || !n.parentElement?.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const here = range.getBoundingClientRect();
      for (const w of new Set(words)) {
        const [way, kind] = [...w] as ['上' | '下', '图' | '表'];
        const candidates = (kind === '图' ? figures : tables).map((f) => f.getBoundingClientRect());
        const ok = candidates.some((f) => (way === '下' ? f.top >= here.bottom - 1 : f.bottom <= here.top + 1));
        if (!ok)
          found.push(
            `${location.pathname}: “${w}” in “${text.trim().slice(0, 20)}…”, but no ${kind === '图' ? 'figure' : 'table'} lies ${way === '下' ? 'below' : 'above'}`,
          );
      }
    }
    return found;
  });
}

/**
 * Words in the drawings (路径指南's diagram, 2025目标's chart) that do not grow with the text: each is drawn at
 * least 3/4 the size of the page's body text, and a diagram's label stays inside its box.
 */
export function smallDiagramText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.pathways, svg.chart')) {
      if (!svg.checkVisibility()) continue;
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll<SVGTextElement>('text')) {
        const size = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (size < 0.75 * body)
          found.push(
            `${location.pathname} ${innerWidth}px: “${t.textContent}” is drawn at ${size.toFixed(1)} px beside text of ${body} px`,
          );
        const box = t.parentElement?.querySelector('rect.pathways-box')?.getBoundingClientRect();
        const ink = t.getBoundingClientRect();
        if (box && (ink.left < box.left || ink.right > box.right))
          found.push(`${location.pathname} ${innerWidth}px: “${t.textContent}” runs out of its box`);
      }
    }
    return found;
  });
}

/**
 * The home page's first screen: the three ways in (the plan, the parents' guide, search) and the line that
 * leads to the official original, each whole inside the window without scrolling.
 */
export function homeFirstScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const wanted: Array<[string, string]> = [
      ['[data-way="plan"]', 'the way into the plan'],
      ['[data-way="guide"]', 'the parents’ guide'],
      ['[data-way="search"]', 'the search box'],
      ['.home-official', 'the way to the official original'],
    ];
    for (const [selector, what] of wanted) {
      const el = document.querySelector(selector);
      if (!el || !el.checkVisibility()) {
        found.push(`${innerWidth}×${innerHeight}: ${what} is not on the home page`);
        continue;
      }
      const r = el.getBoundingClientRect();
      if (r.top < 0 || r.bottom > innerHeight || r.left < 0 || r.right > innerWidth)
        found.push(
          `${innerWidth}×${innerHeight}: ${what} is not on the first screen (bottom at ${Math.round(r.bottom)} px)`,
        );
    }
    return found;
  });
}
