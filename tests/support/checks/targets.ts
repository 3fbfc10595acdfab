/**
 * Targets a finger can hit: each button, disclosure, form control,
 * paragraph link and navigation link is at least 44 × 44 CSS px (WCAG 2.5.5;
 * the site's own rule, stricter than 2.5.8's 24 px). Links inside running
 * text are exempt, as WCAG exempts them.
 */
import type { PageCheck } from '../walk.ts';

export const MIN_TARGET = 44;
/** What counts as a target; links in sentences and lists of prose are not in it. */
const TARGETS = 'button, summary, input, select, nav a, a.para-link';

/** Every visible target smaller than `min` in either direction: where it is, its words, its size. In the page. */
export function smallTargets({ selector, min }: { selector: string; min: number }): string[] {
  return [...document.querySelectorAll<HTMLElement>(selector)].flatMap((el) => {
    // Not rendered, or inside a closed disclosure: nothing to hit.
    if (!el.checkVisibility()) return [];
    const box = el.getBoundingClientRect();
    // Half a pixel of rounding is not a miss.
    if (box.width + 0.5 >= min && box.height + 0.5 >= min) return [];
    const nav = el.closest('nav')?.getAttribute('aria-label');
    const where = `<${el.tagName.toLowerCase()}${el.classList[0] ? '.' + el.classList[0] : ''}>${nav ? ` in ${nav}` : ''}`;
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20);
    return [`${where} “${text}” is ${Math.round(box.width)}×${Math.round(box.height)}`];
  });
}

export const targetSize: PageCheck = {
  name: `buttons, controls and navigation links are at least ${MIN_TARGET} px`,
  run: (page) => page.evaluate(smallTargets, { selector: TARGETS, min: MIN_TARGET }),
};
