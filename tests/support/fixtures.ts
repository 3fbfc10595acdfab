import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = 'tests/fixtures/bad-content';

export interface ExpectedProblem {
  file: string;
  line?: number;
  field?: string;
  includes: string;
}

export interface BadContentCase {
  name: string;
  /** Files under content/ to remove. */
  delete?: string[];
  expect: ExpectedProblem[];
}

export function badContentCases(): BadContentCase[] {
  return readdirSync(FIXTURES)
    .sort()
    .map((name) => ({ name, ...JSON.parse(readFileSync(join(FIXTURES, name, 'case.json'), 'utf8')) }));
}

/**
 * Lays out content/ as the real content with a fixture's files laid over it
 * and its deletions made, in `dir`. Returns the content directory.
 */
export function contentWithFixture(c: BadContentCase, dir: string): string {
  const content = join(dir, 'content');
  rmSync(content, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('content', content, { recursive: true });
  for (const f of c.delete ?? []) rmSync(join(content, f));
  const files = join(FIXTURES, c.name, 'files');
  try {
    cpSync(files, content, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return content;
}
