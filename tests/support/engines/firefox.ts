/**
 * Firefox ESR (Debian's `firefox-esr`) over WebDriver BiDi, through
 * puppeteer-core, which starts Debian's binary itself: no driver program,
 * nothing downloaded. One browser for the whole walk; a dark view is a frame
 * whose element asks for the dark scheme (Firefox has no way to change the
 * scheme of a running browser over BiDi).
 */
import { execFileSync } from 'node:child_process';
import puppeteer, { type Frame, type Page } from 'puppeteer-core';
import { callOf, frameIn, settled, type Engine, type Tab, type View } from './tab.ts';

export function firefoxPath(): string {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v firefox-esr || command -v firefox'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'Firefox is not installed: run "apt-get install -y firefox-esr" (npm test does, see scripts/browser-deps.ts)',
    );
  }
}

/** `harness`: a small page of the site, which a dark view replaces with its frame. */
export async function startFirefox(harness: string): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // No update checks, telemetry or first-run pages: nothing but the site is requested.
    extraPrefsFirefox: { 'app.update.enabled': false, 'browser.shell.checkDefaultBrowser': false },
  });
  const pages: Page[] = [];
  return {
    name: 'firefox',
    async tab(view: View): Promise<Tab> {
      const page = await browser.newPage();
      pages.push(page);
      await page.setViewport({ width: view.width, height: view.height });
      // The frame of a dark view, or the page itself.
      let inside: Page | Frame = page;
      const run = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) =>
        inside.evaluate<[], () => Promise<R>>(callOf(fn, arg));
      return {
        engine: 'firefox',
        view,
        evaluate: run,
        async open(url) {
          // A tab in the background gets no animation frames, slow timers and no focus.
          await page.bringToFront();
          if (view.scheme === 'dark') {
            if (inside === page) await page.goto(harness);
            await page.evaluate<[], () => Promise<string>>(
              callOf(frameIn, { src: url, width: view.width, scheme: 'dark' }),
            );
            inside = page.frames().find((f) => f !== page.mainFrame()) ?? page;
          } else await page.goto(url, { waitUntil: 'load' });
          await run(settled, undefined);
        },
        screenshot: () => page.screenshot(),
        press: (key) => page.keyboard.press(key),
        click: (selector) => inside.click(selector),
      };
    },
    async close() {
      for (const p of pages) await p.close().catch(() => undefined);
      await browser.close();
    },
  };
}
