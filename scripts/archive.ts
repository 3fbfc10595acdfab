/**
 * npm run archive [-- --out DIR]: the offline archive. Builds the site with
 * relative links for file:// (PUBLIC_ARCHIVE=1), prints the built 全文.html to
 * the PDF edition and reads the EPUB edition from it (both beside it, under
 * their Chinese titles, their sizes filled into the pages that list them),
 * checks every href and src against the files on disk, leaves out the files
 * no page reaches, writes SHA256SUMS, and zips the folder with fixed order,
 * times and permissions: DIR/<name>.zip (default DIR: archive/), with the
 * single-file DIR/全文.html and the two editions (under both their names, and
 * editions.json for EDITIONS_DIR) beside it.
 * Any broken link fails it. Two runs on one commit write the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { pinyin } from 'pinyin-pro';
import { z } from 'astro/zod';
import { archiveEpoch, archiveName, byteOrder, sha256sums, unreached, zipTime } from '../src/lib/archive.ts';
import { sourceCommit } from '../src/data/build-info.ts';
import { deployFrom } from '../src/lib/deploy.ts';
import { EDITION_KINDS, fillSizes, hasSizeSlot, titledName, versionedName } from '../src/lib/editions.ts';
import { assemblePlan } from '../src/lib/model.ts';
import { resolveRef } from '../src/lib/refs.ts';
import { sourceHosts } from '../src/lib/sources.ts';
import { ROUTES } from '../src/lib/url.ts';
import { loadPlan } from '../src/loaders/plan.ts';
import { childEnv } from './lib/child-env.ts';
import { editionsManifest, makeEditions } from './lib/editions.ts';
import { filesIn, sha256Of } from './lib/files.ts';
import { createLinkChecker } from './lib/link-check.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'archive' } } });
const out = resolve(values.out);
const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync('package.json', 'utf8')));
const { document, units, sources } = loadPlan('content').data;
const plan = assemblePlan(units);
const name = archiveName(document.documentNumber, version, (han) => pinyin(han, { toneType: 'none', separator: '' }));
const folder = join(out, 'build', name);

rmSync(folder, { recursive: true, force: true });
const built = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', folder], {
  encoding: 'utf8',
  env: { ...childEnv(), PUBLIC_LINK_MODE: 'relative', PUBLIC_ARCHIVE: '1', FORCE_COLOR: '0' },
});
if (built.status !== 0) throw new Error(`the archive's build failed:\n${built.stdout}\n${built.stderr}`);

const files = () => byteOrder(filesIn(folder));
const single = ROUTES.fullTextFile.slice(1);
const epoch = archiveEpoch(sourceCommit().epoch);
const mtime = zipTime(epoch);

// The PDF and EPUB editions, from the 全文.html just built; the pages that list them were built without their sizes.
const editionsStart = performance.now();
const editions = await makeEditions({
  singleFile: join(folder, single),
  document,
  planTitle: resolveRef(plan, 'front.t1').unit.title,
  issuer: resolveRef(plan, 'notice.signatory').block.text,
  version,
  epoch,
  mtime,
});
for (const kind of EDITION_KINDS)
  writeFileSync(join(folder, titledName(document.documentNumber, kind)), editions[kind]);
// How long they take, for people timing the archive (nothing asserts it).
console.log(
  `archive: printed the PDF and read the EPUB in ${((performance.now() - editionsStart) / 1000).toFixed(1)} s`,
);
const sizes = { pdf: editions.pdf.length, epub: editions.epub.length };
for (const page of files().filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(join(folder, page), 'utf8');
  if (hasSizeSlot(html)) writeFileSync(join(folder, page), fillSizes(html, sizes));
}

const { site } = deployFrom(process.env);
const reached = new Set<string>();
const brokenLinks = createLinkChecker({
  dist: folder,
  mode: 'relative',
  onTarget: (f) => reached.add(f),
  // The official page (and any official follow-up) is linked off the copy on purpose.
  allowedHosts: sourceHosts(sources),
  ...(site ? { site } : {}),
});
const broken = files()
  .filter((f) => f.endsWith('.html'))
  .flatMap((page) => brokenLinks(page));
if (broken.length) throw new Error(`${broken.length} broken links in the archive:\n${broken.join('\n')}`);
// A copy handed around holds what its pages use, and SHA256SUMS lists nothing a reader cannot reach.
const unused = unreached(files(), reached);
for (const f of unused) rmSync(join(folder, f));
if (unused.length) console.log(`archive: left out ${unused.length} files no page reaches: ${unused.join(', ')}`);

writeFileSync(
  join(folder, 'SHA256SUMS'),
  sha256sums(
    sha256Of(
      folder,
      files().filter((f) => f !== 'SHA256SUMS'),
    ),
  ),
);

const entries: Zippable = {};
// Every file read-only for others, as unzip would make a fresh file; Unix attributes need os 3.
for (const f of files())
  entries[`${name}/${f}`] = [readFileSync(join(folder, f)), { mtime, os: 3, attrs: 0o100644 << 16 }];
mkdirSync(out, { recursive: true });
const zip = join(out, `${name}.zip`);
writeFileSync(zip, zipSync(entries, { level: 9 }));
// The one file a phone can open, also beside the zip, for handing round on its own.
copyFileSync(join(folder, single), join(out, single));
console.log(`archive: ${join(out, single)} (${(readFileSync(join(out, single)).length / 1024).toFixed(0)} KB)`);
// The editions beside it too: under their Chinese titles for a chat, under ASCII names with the version for a
// web server, with editions.json, which a deploy's build reads (EDITIONS_DIR=<this folder>).
const published = EDITION_KINDS.map((kind) => ({ kind, file: versionedName(name, kind), bytes: editions[kind] }));
for (const { kind, file, bytes } of published) {
  writeFileSync(join(out, file), bytes);
  writeFileSync(join(out, titledName(document.documentNumber, kind)), bytes);
  console.log(`archive: ${join(out, file)} (${bytes.length.toLocaleString('en')} bytes)`);
}
writeFileSync(join(out, 'editions.json'), `${JSON.stringify(editionsManifest(version, site, published), null, 2)}\n`);
console.log(`archive: ${zip} (${files().length} files, ${(readFileSync(zip).length / 1024).toFixed(0)} KB)`);
