/**
 * The Content-Security-Policy lets the site's own styles and scripts run, and
 * refuses what breaks it. Engine-neutral: read from the page, not from an
 * engine's console.
 */
import type { InPage } from '../engines/tab.ts';

/**
 * In the page: the inline stylesheet applied (the header's 3 px rule, a known
 * computed style) and site.js ran (it shows the 大字版 button, hidden in the
 * HTML, and sets its aria-pressed). Self-contained: it is sent to the page as text.
 */
export const allowedRan = () => {
  const problems: string[] = [];
  const header = document.querySelector('.site-header');
  const rule = header ? getComputedStyle(header) : null;
  if (rule?.borderBottomWidth !== '3px' || rule.borderBottomStyle !== 'solid')
    problems.push(
      `the page's own stylesheet did not apply (header border ${rule?.borderBottomWidth} ${rule?.borderBottomStyle})`,
    );
  const button = document.querySelector('button.text-size-toggle');
  if (!button || button.hasAttribute('hidden') || !button.hasAttribute('aria-pressed'))
    problems.push('site.js did not run: the 大字版 button is still hidden');
  return problems;
};

/**
 * In the page: adds what the policy forbids, an inline event handler and an
 * inline style element, and reports whether either took effect.
 */
export const refusedInline = async () => {
  const img = document.createElement('img');
  img.setAttribute('onerror', 'document.documentElement.dataset.inlineRan = "yes"');
  img.src = 'data:,';
  const style = document.createElement('style');
  style.textContent = 'html { --inline-style: applied; }';
  document.body.append(img, style);
  await new Promise((r) => setTimeout(r, 300));
  const problems: string[] = [];
  if (document.documentElement.dataset.inlineRan) problems.push('an inline event handler ran');
  if (getComputedStyle(document.documentElement).getPropertyValue('--inline-style').trim() === 'applied')
    problems.push('an inline <style> was applied');
  img.remove();
  style.remove();
  return problems;
};

/** The check on a built page: its own styles and scripts ran, and inline additions are refused. */
export async function cspHolds(page: InPage): Promise<string[]> {
  return [...(await page.evaluate(allowedRan, undefined)), ...(await page.evaluate(refusedInline, undefined))];
}
