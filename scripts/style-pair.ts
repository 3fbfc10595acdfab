/**
 * Two builds side by side, in every state a reader can put a page in (scripts/lib/style-states.ts): for each
 * page, a whole-page screenshot of each build taken back to back, and a pair that differs taken again (up to
 * three more times), so a one-off drawing on a loaded machine is told apart from a change. For reworking the
 * stylesheet: keep a copy of the build before, then
 *   cp -r dist /tmp/before && (change) && npm run build
 *   node scripts/style-pair.ts /tmp/before dist            (every page, every state)
 *   STATE=print node scripts/style-pair.ts /tmp/before dist /glossary/   (one state, the pages under a path)
 * It names each page and state that still differ, keeps their two screenshots in tests/.tmp/style-pair/, and
 * exits 1 if there is any.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from '../tests/support/browser.ts';
import { pageUrls } from '../tests/support/dist.ts';
import { serveDist } from '../tests/support/server.ts';
import { chosenStates, pageInState, shotOf } from './lib/style-states.ts';

const [before, after = 'dist', only = ''] = process.argv.slice(2);
if (!before) throw new Error('usage: node scripts/style-pair.ts BEFORE_DIR [AFTER_DIR] [PATH_PREFIX]');
const KEPT = 'tests/.tmp/style-pair';
const RETAKES = 3;

const servers = [await serveDist(before), await serveDist(after)] as const;
const browser = await launch();
const differing: string[] = [];
let alike = 0;
let retakes = 0;
for (const state of chosenStates()) {
  const pages = await Promise.all(servers.map((s) => pageInState(browser, state, s.url)));
  for (const path of pageUrls().filter((p) => p.startsWith(only))) {
    // One after the other, not at once: two pages drawn together on a loaded machine differ more often.
    const pair = async () => [
      await shotOf(pages[0]!, servers[0].url, path),
      await shotOf(pages[1]!, servers[1].url, path),
    ];
    let shots = await pair();
    for (let n = 0; n < RETAKES && shots[0]!.hash !== shots[1]!.hash; n++) {
      retakes++;
      shots = await pair();
    }
    if (shots[0]!.hash === shots[1]!.hash) {
      alike++;
      continue;
    }
    const key = `${state.name} ${path}`;
    differing.push(key);
    mkdirSync(KEPT, { recursive: true });
    const name = key.replace(/[^\w一-龥]+/g, '_');
    writeFileSync(join(KEPT, `${name}.before.png`), shots[0]!.png);
    writeFileSync(join(KEPT, `${name}.after.png`), shots[1]!.png);
  }
  for (const page of pages) await page.context().close();
}
await browser.close();
for (const s of servers) await s.close();
for (const key of differing) console.log(`differs: ${key}`);
console.log(
  `${alike} pages × states alike (${retakes} retaken), ${differing.length} differ` +
    (differing.length ? ` (their screenshots are in ${KEPT})` : ''),
);
process.exit(differing.length ? 1 : 0);
