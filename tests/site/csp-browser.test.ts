/**
 * The Content-Security-Policy in Chromium: every page carries one that
 * allows only the site's own files, and loads with no violation and no
 * request to another origin (search included, with Pagefind's WebAssembly).
 * A page with an inline event handler proves the policy is enforced.
 */
import { select, selectAll } from 'hast-util-select';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, htmlFiles, pageUrlOf, parse, readDist } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-browser.ts';

const site = siteInBrowser();

/** Loads a page and returns every CSP violation and every request to another origin. */
async function visit(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  const origin = new URL(site.server.url).origin;
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin !== origin && u.protocol !== 'data:') problems.push(`request to ${r.url()}`);
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  // Violations are written where the test can read them back: a data attribute of the root element.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const root = document.documentElement;
      root.dataset.csp = `${root.dataset.csp ?? ''}${e.violatedDirective} ${e.blockedURI}\n`;
    });
  });
  await page.goto(url, { waitUntil: 'load' });
  if (await page.locator('#search-results').count()) await page.waitForSelector('#search-results[data-done]');
  const seen = (await page.evaluate(() => document.documentElement.dataset.csp ?? '')).split('\n').filter(Boolean);
  return [...problems, ...seen.map((v) => `violation: ${v}`)];
}

describe('Content-Security-Policy', () => {
  it.each(htmlFiles())('%s has a policy of its own files only', (file) => {
    const meta = select('meta[http-equiv=content-security-policy]', parse(readDist(`${DIST}/${file}`)));
    const policy = String(meta?.properties.content);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'"])
      expect(policy).toContain(directive);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    // WebAssembly is allowed where Pagefind runs, and nowhere else.
    expect(policy.includes("'wasm-unsafe-eval'")).toBe(file === 'search/index.html');
  });

  it.each(htmlFiles())(
    '%s states its policy before any script or style (a policy binds only what follows it)',
    (file) => {
      const order = selectAll(
        'meta[http-equiv=content-security-policy], script, style',
        parse(readDist(`${DIST}/${file}`)),
      );
      expect(order[0]?.tagName).toBe('meta');
    },
  );

  it('every page loads with no violation and no request elsewhere', async () => {
    const context = await site.browser.newContext();
    const problems: string[] = [];
    for (const file of htmlFiles()) {
      const page = await context.newPage();
      problems.push(...(await visit(page, site.server.url + pageUrlOf(file).slice(1))).map((p) => `${file}: ${p}`));
      await page.close();
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  it('search runs under the policy, Pagefind included', async () => {
    const page = await site.browser.newPage();
    const problems = await visit(page, `${site.server.url}search/?q=${encodeURIComponent('双师型')}&backend=pagefind`);
    expect(problems).toEqual([]);
    await expect(page.locator('#search-results').getAttribute('data-backend')).resolves.toBe('pagefind');
    // What Pagefind's WebAssembly needs where a CSP header reaches its worker too: compiling in the page.
    const compiled = await page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
        () => 'compiled',
        (e: unknown) => String(e),
      ),
    );
    expect(compiled).toBe('compiled');
    await page.close();
  });

  it('is enforced: an inline event handler added to a page is refused', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}plan/tasks/09/`);
    const ran = await page.evaluate(async () => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'document.body.dataset.ran = "yes"');
      img.src = 'data:,';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      return document.body.dataset.ran ?? 'no';
    });
    expect(ran).toBe('no');
    await page.close();
  });
});
