/**
 * Prints the figures the README quotes. Pages: how many, what each weighs
 * with the style and script it loads (gzip), the JavaScript of a reading
 * page, the size of dist/, the build time (median of 3) and the first paint
 * of a task page under Chromium's Slow 4G and 4× CPU emulation (median of 5).
 * Search: the size of what search
 * loads (the typing data apart), the bytes a reader fetches from opening
 * /search/?q=… until the network is quiet, by default and with
 * ?backend=pagefind, the query times in Chromium, and recall of each
 * hand-written query set (@3 for the plain ones, @5 for typos, pinyin and
 * traditional characters). Figures, not assertions: budgets are asserted on sizes in the
 * tests, never on time.
 *
 * The offline archive's sizes: the zip, 全文.html, and the PDF (with its
 * pages, kept under 2 MB) and EPUB editions, from one run of
 * npm run archive.
 *
 *   npm run bench        builds the site first, then measures dist/
 */
import { spawnSync } from 'node:child_process';
import { globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { astroBuild } from '../tests/support/astro.ts';
import { launch } from '../tests/support/browser.ts';
import { serveDist } from '../tests/support/server.ts';
import { recallAt, runQueries } from '../tests/support/search-run.ts';
import { EVERYDAY, NO_MATCH, PINYIN, PLAN_TERMS, TRADITIONAL, TYPOS } from '../tests/fixtures/search-queries.ts';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { editionsManifestSchema } from '../src/schemas/editions.ts';
import { childEnv } from './lib/child-env.ts';

const DIST = 'dist';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const filesUnder = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));

const buildTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const start = performance.now();
  const build = astroBuild('.');
  buildTimes.push(performance.now() - start);
  if (build.status !== 0) {
    console.error(build.output);
    process.exit(1);
  }
}

const rows: Array<[string, string]> = [];
const gz = (file: string) => gzipSync(readFileSync(file)).length;
// What a page costs before it can be read: its HTML and the style and script files it names, gzip.
const pageWeights = filesUnder(DIST)
  .filter((f) => f.endsWith('.html'))
  .map((file) => {
    const html = readFileSync(file, 'utf8');
    const assets = [...html.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"/g)].map((m) =>
      join(DIST, m[1]!.replace(/^\//, '')),
    );
    const js = assets.filter((a) => a.endsWith('.js')).reduce((n, a) => n + gz(a), 0);
    return { file, total: gz(file) + assets.reduce((n, a) => n + gz(a), 0), js };
  })
  .sort((a, b) => a.total - b.total);
const reading = pageWeights.filter((p) => !/search|404/.test(p.file));
const largest = pageWeights.at(-1)!;
rows.push(['Pages', `${pageWeights.length}`]);
rows.push(['Page weight, HTML + CSS + JS gzip: median', kb(median(pageWeights.map((p) => p.total)))]);
rows.push(['  largest', `${kb(largest.total)} (${largest.file.slice(DIST.length + 1)})`]);
rows.push(['JavaScript per reading page (gzip)', kb(median(reading.map((p) => p.js)))]);
rows.push(['dist/ size', kb(filesUnder(DIST).reduce((n, f) => n + statSync(f).size, 0))]);
rows.push(['Build time (median of 3)', `${(median(buildTimes) / 1000).toFixed(1)} s`]);
const sum = (fs: ReadonlyArray<{ bytes: number; gzip: number }>, k: 'bytes' | 'gzip') =>
  fs.reduce((n, f) => n + f[k], 0);
const pagefindFiles = filesUnder(join(DIST, 'pagefind'));
const pagefindBytes = pagefindFiles.reduce((n, f) => n + statSync(f).size, 0);
const searchData = readFileSync(join(DIST, 'search-data.json'));
const typing = Buffer.from(JSON.stringify(JSON.parse(searchData.toString('utf8')).typing));
rows.push([
  'Pagefind folder (all files; loaded only with ?backend=pagefind)',
  `${kb(pagefindBytes)} in ${pagefindFiles.length} files`,
]);
rows.push([
  'search-data.json (the text the core ranks, with the typing data)',
  `${kb(searchData.length)}, ${kb(gzipSync(searchData).length)} gzip`,
]);
rows.push([
  '  of which the typing data (traditional characters, pinyin readings)',
  `${kb(typing.length)}, ${kb(gzipSync(typing).length)} gzip`,
]);

const server = await serveDist(DIST);
const browser = await launch();

// Chrome DevTools' Slow 4G preset (562.5 ms, 1.44 Mbit/s down, 675 kbit/s up) and 4× slower CPU.
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 };
const paints: number[] = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${server.url}plan/tasks/09/`, { waitUntil: 'load' });
  paints.push(
    await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN),
  );
  await context.close();
}
rows.push([
  'First contentful paint of /plan/tasks/09/, Slow 4G + 4× CPU (median of 5)',
  `${median(paints).toFixed(0)} ms`,
]);

// From opening the page until the network is quiet, in a fresh browser each time: nothing cached. The default
// page answers from the core alone; ?backend=pagefind asks Pagefind for its candidates too, as the tests do.
async function openSearch(extra: string) {
  const cold: Array<{ shown: number; all: number }> = [];
  let fetched: Array<{ url: string; bytes: number; gzip: number }> = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen: Array<Promise<{ url: string; bytes: number; gzip: number }>> = [];
    page.on('response', (r) =>
      seen.push(
        r
          .body()
          .then((b) => ({ url: new URL(r.url()).pathname, bytes: b.length, gzip: gzipSync(b).length }))
          .catch(() => ({ url: new URL(r.url()).pathname, bytes: 0, gzip: 0 })),
      ),
    );
    await page.goto(`${server.url}search/?q=${encodeURIComponent('双师型')}${extra}`, { waitUntil: 'networkidle' });
    await page.waitForSelector('#search-results[data-done]');
    await page.waitForLoadState('networkidle');
    const box = page.locator('#search-results');
    cold.push({
      shown: Number(await box.getAttribute('data-shown-ms')),
      all: Number(await box.getAttribute('data-ms')),
    });
    fetched = await Promise.all(seen);
    await context.close();
  }
  return { cold, fetched };
}
const bytes = (fs: ReadonlyArray<{ bytes: number; gzip: number }>) =>
  `${kb(sum(fs, 'bytes'))} (${kb(sum(fs, 'gzip'))} gzip) in ${fs.length} requests`;
const core = await openSearch('');
const oracle = await openSearch('&backend=pagefind');
rows.push(['Fetched from opening /search/?q=双师型 until the network is quiet', bytes(core.fetched)]);
rows.push([
  '  of which under /pagefind/',
  `${core.fetched.filter((f) => f.url.includes('/pagefind/')).length} requests`,
]);
rows.push(["The same with ?backend=pagefind (the tests' oracle), in all", bytes(oracle.fetched)]);
rows.push([
  '  of which before results are shown (page, style, scripts, search-data.json)',
  bytes(oracle.fetched.filter((f) => !f.url.includes('/pagefind/'))),
]);
rows.push([
  'First query in a fresh browser, script start to results shown (median of 5)',
  `${median(core.cold.map((c) => c.shown)).toFixed(0)} ms`,
]);
rows.push([
  "  with ?backend=pagefind, to Pagefind's answer too (median of 5)",
  `${median(oracle.cold.map((c) => c.all)).toFixed(0)} ms`,
]);

const sets = [
  ['plan terms', PLAN_TERMS, 3],
  ['everyday words and questions', EVERYDAY, 3],
  ['typos', TYPOS, 5],
  ['pinyin', PINYIN, 5],
  ['traditional characters', TRADITIONAL, 5],
] as const;
const runs = await runQueries(browser, server.url, sets.flatMap(([, set]) => set.map((e) => e.q)).concat(NO_MATCH));
const warm = [...runs.values()].map((r) => r.shownMs);
rows.push([
  `Later queries typed in the box, to results shown (median of ${warm.length})`,
  `${median(warm).toFixed(0)} ms`,
]);
rows.push([
  '  of which the core: reading, ranking and telling (median)',
  `${median([...runs.values()].map((r) => r.rankMs)).toFixed(1)} ms`,
]);
for (const [name, set, k] of sets)
  rows.push([`recall@${k}, ${name} (${set.length} queries)`, `${(recallAt(runs, set, k) * 100).toFixed(1)}%`]);

await browser.close();
await server.close();

// The offline archive and its editions, from one run of npm run archive.
const archiveOut = resolve('tests/.tmp/bench-archive');
const archived = spawnSync(process.execPath, ['scripts/archive.ts', '--out', archiveOut], {
  encoding: 'utf8',
  env: childEnv(),
});
if (archived.status !== 0) {
  console.error(archived.stdout, archived.stderr);
  process.exit(1);
}
const fileSize = (file: string) => {
  const n = statSync(join(archiveOut, file)).size;
  return `${n.toLocaleString('en')} bytes (${kb(n)})`;
};
rows.push(['Offline archive zip', fileSize(globSync('*.zip', { cwd: archiveOut })[0]!)]);
rows.push(['  全文.html', fileSize('全文.html')]);
const { editions } = editionsManifestSchema.parse(JSON.parse(readFileSync(join(archiveOut, 'editions.json'), 'utf8')));
for (const e of editions) {
  let pdfPages = 0;
  if (e.kind === 'pdf') {
    const task = getDocument({ data: new Uint8Array(readFileSync(join(archiveOut, e.file))), verbosity: 0 });
    pdfPages = (await task.promise).numPages;
    await task.destroy();
  }
  rows.push([`  ${e.kind.toUpperCase()} edition`, `${fileSize(e.file)}${pdfPages ? `, ${pdfPages} pages A4` : ''}`]);
}

const width = Math.max(...rows.map(([k]) => k.length));
console.log(`bench (Chromium ${browser.version()}, ${new Date().toISOString().slice(0, 10)})`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
