/**
 * The Content-Security-Policy at work: a page loads with no violation of
 * its policy and asks no other origin for anything.
 */
import type { BrowserContext } from 'playwright-core';
import type { PageCheck } from '../walk.ts';

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
