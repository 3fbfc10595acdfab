/**
 * What every built page looks like, in each state a reader can put it in (360 and 1280 px, light and dark, 大字版,
 * print media): the sha256 of a whole-page screenshot, written to a JSON file; with a second file, the pages and
 * states that differ, each screenshot kept beside the file for looking at. For reworking the stylesheet without
 * changing what any page looks like (Chromium draws the same page to the same pixels):
 *   node scripts/style-snapshot.ts before.json          (after npm run build)
 *   node scripts/style-snapshot.ts after.json before.json
 *   node scripts/style-snapshot.ts again.json before.json /glossary/    (only the pages under a path)
 *   STATE=print node scripts/style-snapshot.ts after.json before.json   (only one state)
 * Reading every element's computed style instead took about 3 s a page, 40 minutes for the site.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launch } from '../tests/support/browser.ts';
import { pageUrls } from '../tests/support/dist.ts';
import { serveDist } from '../tests/support/server.ts';
import { LARGE, TEXT_SIZE_KEY } from '../src/lib/text-size.ts';

const [out = 'tests/.tmp/styles.json', against, only = ''] = process.argv.slice(2);
const STATES = [
  { name: '360 light', width: 360, scheme: 'light', large: false, print: false },
  { name: '360 dark', width: 360, scheme: 'dark', large: false, print: false },
  { name: '360 大字版', width: 360, scheme: 'light', large: true, print: false },
  { name: '1280 light', width: 1280, scheme: 'light', large: false, print: false },
  { name: '1280 dark', width: 1280, scheme: 'dark', large: false, print: false },
  { name: '1280 大字版', width: 1280, scheme: 'light', large: true, print: false },
  { name: 'print', width: 1280, scheme: 'light', large: false, print: true },
] as const;

const server = await serveDist('dist');
const browser = await launch();
const snapshot: Record<string, string> = {};
const shots = join(dirname(out), 'shots');
mkdirSync(shots, { recursive: true });
// STATE=print (a state's name) looks at that state alone: a change to print rules only needs the print state.
for (const state of STATES.filter((s) => !process.env.STATE || s.name === process.env.STATE)) {
  const context = await browser.newContext({
    viewport: { width: state.width, height: 800 },
    colorScheme: state.scheme,
  });
  if (state.large)
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [TEXT_SIZE_KEY, LARGE] as const);
  const page = await context.newPage();
  if (state.print) await page.emulateMedia({ media: 'print' });
  // A fresh context's first page (the 404, first in order) was now and then drawn before its fonts had settled.
  await page.goto(server.url);
  for (const path of pageUrls().filter((p) => p.startsWith(only))) {
    await page.goto(server.url + path.slice(1));
    if (path.startsWith('/search/')) await page.waitForSelector('#search-results[data-done]');
    const png = await page.screenshot({ fullPage: true, animations: 'disabled', caret: 'hide' });
    const key = `${state.name} ${path}`;
    snapshot[key] = createHash('sha256').update(png).digest('hex');
    if (against) writeFileSync(join(shots, `${key.replace(/[^\w一-龥]+/g, '_')}.png`), png);
  }
  await context.close();
}
await browser.close();
await server.close();
writeFileSync(out, JSON.stringify(snapshot));
console.log(`wrote ${out}: ${Object.keys(snapshot).length} pages × states`);

if (against && existsSync(against)) {
  const before: Record<string, string> = JSON.parse(readFileSync(against, 'utf8'));
  const differing = [
    ...new Set([
      ...Object.keys(before).filter(
        (k) => k.split(' ').at(-1)!.startsWith(only) && (!process.env.STATE || k.startsWith(`${process.env.STATE} `)),
      ),
      ...Object.keys(snapshot),
    ]),
  ].filter((key) => before[key] !== snapshot[key]);
  for (const key of differing) console.log(`differs: ${key}`);
  console.log(
    differing.length
      ? `${differing.length} pages × states differ (this run's screenshots are in ${shots})`
      : 'every page looks the same in every state',
  );
  process.exit(differing.length ? 1 : 0);
}
