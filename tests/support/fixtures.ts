import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = 'tests/fixtures/bad-content';
/** Fixtures of our editorial layer (glossary, targets, relations), checked when the plan is loaded. */
export const EDITORIAL_FIXTURES = 'tests/fixtures/bad-editorial';

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

export function badContentCases(root = FIXTURES): Array<BadContentCase & { root: string }> {
  return readdirSync(root)
    .sort()
    .map((name) => ({ name, root, ...JSON.parse(readFileSync(join(root, name, 'case.json'), 'utf8')) }));
}

/**
 * Lays out content/ as the real content with a fixture's files laid over it
 * and its deletions made, in `dir`; with `over`, over the content already
 * there (several fixtures in one copy). Returns the content directory.
 */
export function contentWithFixture(
  c: BadContentCase & { root?: string },
  dir: string,
  { over = false }: { over?: boolean } = {},
): string {
  const content = join(dir, 'content');
  if (!over || !existsSync(content)) {
    rmSync(content, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync('content', content, { recursive: true });
  }
  for (const f of c.delete ?? []) rmSync(join(content, f));
  const files = join(c.root ?? FIXTURES, c.name, 'files');
  try {
    cpSync(files, content, { recursive: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  return content;
}

/** The problem a case expects, among those reported, or undefined. */
export function findProblem<
  P extends { file: string; line?: number | undefined; field?: string | undefined; message: string },
>(problems: readonly P[], e: ExpectedProblem): P | undefined {
  return problems.find(
    (p) =>
      p.file === e.file &&
      (e.line === undefined || p.line === e.line) &&
      (e.field === undefined || p.field === e.field) &&
      p.message.includes(e.includes),
  );
}
