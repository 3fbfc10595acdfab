/**
 * Screenshots of built pages, for looking at the site as a reader would.
 *   node scripts/screenshot.ts /plan/tasks/01/ [width] [out.png] [light|dark|print]
 * DIST=/tmp/out serves another build (BASE=/sub/ for one built under a sub-path). FULL=1 takes the whole page, not only the first screen; FOCUS='a.term' focuses the first
 * element that matches first (to see a glossary tooltip); CLICK='.toc-inline summary' clicks one (to open the phone's 目录);
 * PART='section:has(#targets-timeline)' takes only the first element that matches, whole.
 * ENGINE=webkit or ENGINE=firefox takes it in that engine instead (tests/support/engines/; the first screen, light
 * or dark; SCROLL='.chart' scrolls the first element that matches to the top).
 * HEIGHT=740 sets the window's height (900 unless told); LARGE=1 opens the page with 大字版 chosen.
 */
import { writeFileSync } from 'node:fs';
import { launch } from '../tests/support/browser.ts';
import { startEngine } from '../tests/support/engines/index.ts';
import { serveDist } from '../tests/support/server.ts';
import { LARGE, TEXT_SIZE_KEY } from '../src/lib/text-size.ts';

const [path = '/', width = '1280', out = 'tests/.tmp/shot.png', scheme = 'light'] = process.argv.slice(2);
const server = await serveDist(process.env.DIST ?? 'dist', process.env.BASE ?? '/');
const engine = process.env.ENGINE;
if (engine === 'webkit' || engine === 'firefox') {
  const browser = await startEngine(engine, `${server.url}404.html`);
  const tab = await browser.tab({ width: Number(width), height: 844, scheme: scheme === 'dark' ? 'dark' : 'light' });
  await tab.open(server.url + path.replace(/^\//, ''));
  if (process.env.SCROLL)
    await tab.evaluate(
      (s) => scrollTo(0, (document.querySelector(s)?.getBoundingClientRect().top ?? 0) + scrollY - 16),
      process.env.SCROLL,
    );
  writeFileSync(out, await tab.screenshot());
  await browser.close();
} else {
  const browser = await launch();
  const page = await browser.newPage({
    viewport: { width: Number(width), height: Number(process.env.HEIGHT ?? 900) },
    colorScheme: scheme === 'dark' ? 'dark' : 'light',
  });
  if (scheme === 'print') await page.emulateMedia({ media: 'print' });
  // As the reader's earlier choice would: the page's head script reads it before the first paint.
  if (process.env.LARGE === '1')
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [TEXT_SIZE_KEY, LARGE] as const);
  await page.goto(server.url + path.replace(/^\//, ''));
  // The search page fills its results after load: wait for them, as a reader would.
  if (await page.locator('#search-results').count()) await page.waitForSelector('#search-results[data-done]');
  if (process.env.FOCUS) await page.locator(process.env.FOCUS).first().focus();
  if (process.env.CLICK) await page.locator(process.env.CLICK).first().click();
  if (process.env.PART) await page.locator(process.env.PART).first().screenshot({ path: out });
  else await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  await browser.close();
}
await server.close();
console.log(`wrote ${out}`);
