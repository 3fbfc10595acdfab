/**
 * The marks a reader relies on are drawn: restored characters (dotted
 * underline), glossary terms in the official text (dotted underline), the
 * legend's sample of a term on 全文, and the current entry of the main
 * navigation (underline). Read from the computed style, which is where WebKit
 * showed the fault: it drops a `text-decoration` shorthand that carries a
 * style, colour or thickness, leaving `text-decoration-line: none`.
 */
import type { InPage } from '../engines/tab.ts';

/** What is checked, by selector: the kinds of mark. */
export const MARKS = {
  restored: 'ins.restored',
  term: '[data-official] a.term',
  legend: '.marks-legend .term-sample',
  current: '.main-nav a[aria-current]',
} as const;
export type Mark = keyof typeof MARKS;

/**
 * In the page: for each kind, how many elements there are and what is wrong
 * with the first few: no line, a line in the background's colour or with no
 * thickness. Self-contained: it is sent to the page as text.
 */
export const readMarks = (marks: Record<string, string>) => {
  const rgba = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const backgroundOf = (el: Element | null): string => {
    for (; el; el = el.parentElement) {
      const bg = getComputedStyle(el).backgroundColor;
      const [, , , alpha = 1] = rgba(bg);
      if (alpha > 0) return bg;
    }
    return 'rgb(255, 255, 255)';
  };
  const found: Record<string, number> = {};
  const problems: string[] = [];
  for (const [kind, selector] of Object.entries(marks)) {
    const all = [...document.querySelectorAll(selector)].filter((el) => el.getClientRects().length > 0);
    found[kind] = all.length;
    for (const el of all.slice(0, 5)) {
      const s = getComputedStyle(el);
      const what = `${kind} “${(el.textContent ?? '').trim().slice(0, 12)}”`;
      const colour = s.textDecorationColor;
      const [, , , alpha = 1] = rgba(colour);
      if (!s.textDecorationLine.includes('underline'))
        problems.push(`${what}: text-decoration-line is ${s.textDecorationLine}`);
      else if (alpha === 0 || colour === backgroundOf(el))
        problems.push(`${what}: its underline is invisible (${colour})`);
      else if (s.textDecorationThickness === '0px') problems.push(`${what}: its underline has no thickness`);
      else if (kind !== 'current' && s.textDecorationStyle !== 'dotted')
        problems.push(`${what}: its underline is ${s.textDecorationStyle}, not dotted as the legend says`);
    }
  }
  return { found, problems };
};

/** The check: the marks `expected` must be on the page, and every mark present drawn. */
export async function decorations(page: InPage, expected: readonly Mark[]): Promise<string[]> {
  const { found, problems } = await page.evaluate(readMarks, { ...MARKS });
  return [...expected.filter((k) => !found[k]).map((k) => `no ${k} mark (${MARKS[k]}) on the page`), ...problems];
}
