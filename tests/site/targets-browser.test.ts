/**
 * Targets a finger can hit: on every page, at a phone's width and a
 * desktop's, each button, disclosure, form control, paragraph link and
 * navigation link is at least 44 × 44 CSS px (WCAG 2.5.5; the site's own
 * rule, stricter than 2.5.8's 24 px). Links inside running text are exempt,
 * as WCAG exempts them.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageUrls } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();
const MIN = 44;
/** What counts as a target; links in sentences and lists of prose are not in it. */
const TARGETS = 'button, summary, input, select, nav a, a.para-link';

/** Every visible target smaller than MIN in either direction: where it is, its words, its size. */
function smallTargets(page: Page): Promise<Array<{ where: string; text: string; size: string }>> {
  return page.evaluate(
    ({ selector, min }) =>
      [...document.querySelectorAll<HTMLElement>(selector)].flatMap((el) => {
        // Not rendered, or inside a closed disclosure: nothing to hit.
        if (!el.checkVisibility()) return [];
        const box = el.getBoundingClientRect();
        // Half a pixel of rounding is not a miss.
        if (box.width + 0.5 >= min && box.height + 0.5 >= min) return [];
        const nav = el.closest('nav')?.getAttribute('aria-label');
        return [
          {
            where: `<${el.tagName.toLowerCase()}${el.classList[0] ? '.' + el.classList[0] : ''}>${nav ? ` in ${nav}` : ''}`,
            text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 20),
            size: `${Math.round(box.width)}×${Math.round(box.height)}`,
          },
        ];
      }),
    { selector: TARGETS, min: MIN },
  );
}

describe.each([360, 1280])('targets at %i px', (width) => {
  it('a target that is too small is found (the check can fail)', async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await page.setContent('<nav><a href="#x">小</a></nav><button>按钮</button>');
    await expect(smallTargets(page)).resolves.toHaveLength(2);
    await page.close();
  });

  it('every page: buttons, controls and navigation links are at least 44 px', async () => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    // One line per kind of miss, so a single CSS rule does not list itself a hundred times.
    const kinds = new Map<string, { count: number; example: string }>();
    for (const path of pageUrls()) {
      await page.goto(site.server.url + path.replace(/^\//, ''));
      for (const t of await smallTargets(page)) {
        const kind = kinds.get(t.where) ?? { count: 0, example: `${path} ${t.text} ${t.size}` };
        kinds.set(t.where, { ...kind, count: kind.count + 1 });
      }
    }
    await context.close();
    expect([...kinds].map(([where, k]) => `${where}: ${k.count}×, e.g. ${k.example}`)).toEqual([]);
  }, 300_000);
});
