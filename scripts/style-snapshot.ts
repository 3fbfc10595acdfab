/**
 * What every built page looks like, in each state a reader can put it in (360 and 1280 px, light and dark, 大字版,
 * print media): the sha256 of a whole-page screenshot, written to a JSON file; with a second file, the pages and
 * states that differ, each screenshot kept beside the file for looking at. For reworking the stylesheet without
 * changing what any page looks like (Chromium draws the same page to the same pixels):
 *   node scripts/style-snapshot.ts before.json          (after npm run build)
 *   node scripts/style-snapshot.ts after.json before.json
 *   node scripts/style-snapshot.ts again.json before.json /glossary/    (only the pages under a path)
 *   STATE=print node scripts/style-snapshot.ts after.json before.json   (only one state)
 * Reading every element's computed style instead took about 3 s a page, 40 minutes for the site. On a loaded machine
 * a screenshot now and then differs from the same build's a minute before: scripts/style-pair.ts shoots two builds
 * back to back and takes a differing pair again, which tells a change from a flake.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { launch } from '../tests/support/browser.ts';
import { pageUrls } from '../tests/support/dist.ts';
import { serveDist } from '../tests/support/server.ts';
import { chosenStates, pageInState, shotOf } from './lib/style-states.ts';

const [out = 'tests/.tmp/styles.json', against, only = ''] = process.argv.slice(2);

const server = await serveDist('dist');
const browser = await launch();
const snapshot: Record<string, string> = {};
const shots = join(dirname(out), 'shots');
mkdirSync(shots, { recursive: true });
for (const state of chosenStates()) {
  const page = await pageInState(browser, state, server.url);
  for (const path of pageUrls().filter((p) => p.startsWith(only))) {
    const { png, hash } = await shotOf(page, server.url, path);
    const key = `${state.name} ${path}`;
    snapshot[key] = hash;
    if (against) writeFileSync(join(shots, `${key.replace(/[^\w一-龥]+/g, '_')}.png`), png);
  }
  await page.context().close();
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
