/**
 * The files of a built folder, and their sha256: what npm run archive lists
 * in SHA256SUMS, and what the tests compare between two builds.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir`, folders left out, as a path relative to it. */
export const filesIn = (dir: string): string[] =>
  globSync('**/*', { cwd: dir, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1));

/** The sha256 (hex) of each of `paths` under `dir`, by path; every file under it unless told. */
export const sha256Of = (dir: string, paths: readonly string[] = filesIn(dir)): Map<string, string> =>
  new Map(
    paths.map((p) => [
      p,
      createHash('sha256')
        .update(readFileSync(join(dir, p)))
        .digest('hex'),
    ]),
  );
