/**
 * Two default builds of one commit are byte-identical: every page, the
 * Pagefind index, the exports, the images. The first is dist/, the build
 * `npm test` made before the tests; the second is made here. No file is excluded: none of our
 * dependencies writes a file that differs between runs (the README says so;
 * if one ever does, show it with a minimal case, exclude only that file here
 * and list it there). The offline archive's own check is in archive.test.ts.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sha256Of } from '../../scripts/lib/files.ts';
import { astroBuild } from '../support/astro.ts';
import { DIST, requireDist } from '../support/dist.ts';

const TMP = resolve('tests/.tmp/reproducible');

/** What differs between two builds, one line a file. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])]
    .sort()
    .flatMap((f) =>
      !a.has(f)
        ? [`${f}: only in the second build`]
        : !b.has(f)
          ? [`${f}: only in the first build`]
          : a.get(f) !== b.get(f)
            ? [`${f}: differs`]
            : [],
    );
}

let builds: Array<Map<string, string>>;
beforeAll(() => {
  requireDist();
  const out = join(TMP, 'again');
  rmSync(out, { recursive: true, force: true });
  const r = astroBuild('.', ['--outDir', out]);
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.output}`);
  builds = [sha256Of(DIST), sha256Of(out)];
}, 240_000);

describe('two builds of one commit', () => {
  it('write the same files, Pagefind index included', () => {
    expect(builds[0]!.size).toBeGreaterThan(200);
    expect([...builds[0]!.keys()].some((f) => f.startsWith('pagefind/'))).toBe(true);
    // dist/ built before the last change to the sources differs too: `npm test` always builds first.
    expect(differences(builds[0]!, builds[1]!)).toEqual([]);
  });
});

describe('differences', () => {
  it('names a file that changed, and files only one build wrote', () => {
    const a = new Map([
      ['a.html', '1'],
      ['b.html', '2'],
    ]);
    const b = new Map([
      ['a.html', '1'],
      ['b.html', '3'],
      ['c.html', '4'],
    ]);
    expect(differences(a, b)).toEqual(['b.html: differs', 'c.html: only in the second build']);
  });
});
