/**
 * The Content-Security-Policy at work. In the Chromium walk: a page loads
 * with no violation of its policy and asks no other origin for anything. In
 * every engine (engines-browser): the site's own styles and scripts run, and
 * what breaks the policy is refused, read from the page, not from an
 * engine's console.
 */
import type { BrowserContext } from 'playwright-core';
import type { PageCheck } from '../walk.ts';
import type { InPage } from '../engines/tab.ts';

/** Makes every page of the context write each violation where a check can read it back: the root's `data-csp`. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const root = document.documentElement;
      root.dataset.csp = `${root.dataset.csp ?? ''}${e.violatedDirective} ${e.blockedURI}\n`;
    });
  });
}

/** Needs recordCspViolations on the walk's context. */
export const cspClean: PageCheck = {
  name: 'loads with no CSP violation and no request to another origin',
  run: async (page, _path, log) => {
    const origin = new URL(page.url()).origin;
    const elsewhere = log.requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    const said = log.console.filter((m) => /Content.Security.Policy/i.test(m));
    const seen = (await page.evaluate(() => document.documentElement.dataset.csp ?? '')).split('\n').filter(Boolean);
    return [
      ...elsewhere.map((u) => `request to ${u}`),
      ...said.map((m) => `console: ${m}`),
      ...seen.map((v) => `violation: ${v}`),
      ...log.errors.map((e) => `error: ${e}`),
    ];
  },
};

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
