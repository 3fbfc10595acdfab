/**
 * One walk over the built pages per viewport: each page is opened once in a
 * reused browser page, every check for that viewport looks at it, and each
 * check then passes or fails as a test of its own, listing every page where
 * it found a problem. Opening every page once per check (as each test file
 * used to) cost more than the checks themselves.
 */
import type { BrowserContext, BrowserContextOptions, ConsoleMessage, Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { siteInBrowser } from './site-browser.ts';

/** A check that looks at one page as it is; it returns its problems, one line each, [] when none. */
export interface PageCheck {
  /** What it holds, in words: it names the test. */
  name: string;
  /** The pages it looks at (site-relative URLs); every page of the walk when absent. */
  only?: (path: string) => boolean;
  /** The problems on the page, once it has loaded; `log` holds what the page asked for and said while loading. */
  run: (page: Page, path: string, log: PageLog) => Promise<string[]>;
  /** Holds once the walk is over: that the check looked at enough pages to mean something. */
  atLeast?: number;
}

export interface WalkOptions {
  /** Names the walk's tests: `at 360 px`, `1280 px, light and dark`. */
  name: string;
  /** The pages, by site-relative URL, in the order they are opened. */
  pages: readonly string[];
  /** The browser context every page opens in. */
  context: BrowserContextOptions;
  /** Runs once, on the context, before the first page (to set the browser's font size, say). */
  setUp?: (context: BrowserContext, page: Page) => Promise<void>;
}

/** What a page did while it loaded, recorded for every page of a walk. */
export interface PageLog {
  /** Every URL it requested, itself first. */
  requests: string[];
  /** Every console message, as `type: text`. */
  console: string[];
  /** Every uncaught error. */
  errors: string[];
}

/** What the walk found: for each check, its problems and how many pages it looked at. */
type Findings = Map<string, { problems: string[]; looked: number; ms: number }>;

/**
 * Opens every page once in one browser page and runs each check on it,
 * then registers one test per check. A page that fails to open (or a check
 * that throws) is reported under that check, not as a failure of the walk.
 */
export function walk(site: ReturnType<typeof siteInBrowser>, options: WalkOptions, checks: readonly PageCheck[]): void {
  const findings: Findings = new Map(checks.map((c) => [c.name, { problems: [], looked: 0, ms: 0 }]));
  describe(options.name, () => {
    beforeAll(async () => {
      const context = await site.browser.newContext(options.context);
      const page = await context.newPage();
      await options.setUp?.(context, page);
      const started = performance.now();
      let loading = 0;
      for (const path of options.pages) {
        const mine = checks.filter((c) => c.only?.(path) ?? true);
        if (mine.length === 0) continue;
        const log: PageLog = { requests: [], console: [], errors: [] };
        const listeners = {
          request: (r: Request) => log.requests.push(r.url()),
          console: (m: ConsoleMessage) => log.console.push(`${m.type()}: ${m.text()}`),
          pageerror: (e: Error) => log.errors.push(e.message),
        };
        page.on('request', listeners.request).on('console', listeners.console).on('pageerror', listeners.pageerror);
        const opening = performance.now();
        await page.goto(site.server.url + path.replace(/^\//, ''));
        // The search page fills its results after load: check them, not the loading message.
        if (path.startsWith('/search/')) await page.waitForSelector('#search-results[data-done]');
        loading += performance.now() - opening;
        for (const check of mine) {
          const found = findings.get(check.name)!;
          found.looked++;
          const checking = performance.now();
          try {
            found.problems.push(...(await check.run(page, path, log)).map((p) => `${path} ${p}`));
          } catch (e) {
            found.problems.push(`${path} the check threw: ${e instanceof Error ? e.message : String(e)}`);
          }
          found.ms += performance.now() - checking;
        }
        page.off('request', listeners.request).off('console', listeners.console).off('pageerror', listeners.pageerror);
        // A check may leave a colour scheme or print media behind; a fresh page for every page would cost more.
        await page.emulateMedia({ colorScheme: options.context.colorScheme ?? 'light', media: null });
      }
      await context.close();
      // For people, not asserted: where a walk's time goes (tests/support/time-report.ts prints the files').
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      console.log(
        `walk ${options.name}: ${options.pages.length} pages in ${s(performance.now() - started)}; loading ${s(loading)}; ` +
          [...findings].map(([name, f]) => `${s(f.ms)} ${name.split(/[,:(]/)[0]!.trim()}`).join('; '),
      );
    }, 600_000);

    for (const check of checks)
      it(check.name, () => {
        const found = findings.get(check.name)!;
        expect(found.problems).toEqual([]);
        expect(found.looked, 'pages looked at').toBeGreaterThanOrEqual(check.atLeast ?? 1);
      });
  });
}
