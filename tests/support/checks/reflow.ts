/**
 * Nothing lost when text is large (WCAG 1.4.4 and 1.4.10): no sideways
 * scroll, and no text cut off by a box that hides its overflow or running
 * past the window's edge. Tables may scroll inside their own box, as WCAG
 * allows.
 */
import type { PageCheck } from '../walk.ts';

/** What a page loses at its size: sideways scroll, clipped boxes, text beyond the window. In the page. */
export function losses(): string[] {
  const found: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) found.push(`scrolls sideways by ${root.scrollWidth - root.clientWidth} px`);
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className ? '.' + String(el.className).split(' ')[0] : ''}>`;
  for (const el of document.querySelectorAll<HTMLElement>('body *')) {
    // Not drawn (hidden, or inside a closed disclosure): nothing to lose.
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const style = getComputedStyle(el);
    // A box that may scroll lets the reader reach what overflows it.
    const scrolls = (s: CSSStyleDeclaration) => s.overflowX === 'auto' || s.overflowX === 'scroll';
    if ((style.overflowX === 'hidden' || style.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1) {
      // A visually hidden element (1 px, clipped on purpose for screen readers) is not a loss.
      if (el.clientWidth > 1) found.push(`${describe(el)} cuts off ${el.scrollWidth - el.clientWidth} px`);
    }
    let scroller: HTMLElement | null = el.parentElement;
    while (scroller && !scrolls(getComputedStyle(scroller))) scroller = scroller.parentElement;
    if (scroller) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 1 && box.right > root.clientWidth + 1 && el.textContent?.trim())
      found.push(`${describe(el)} ends ${Math.round(box.right - root.clientWidth)} px past the window`);
  }
  return [...new Set(found)];
}

export const noLoss: PageCheck = {
  name: 'no sideways scroll, nothing cut off',
  run: (page) => page.evaluate(losses),
};
