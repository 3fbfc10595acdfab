/**
 * The order test files start in. Vitest runs the slowest files first when it
 * has timings from an earlier run, but CI starts from a fresh clone with none
 * and falls back to the largest files first: the browser walks over every
 * page are short files, so they would start last and the run would end on
 * them alone, one worker idle. These start first, in this order (the walk with
 * axe first); the rest follow in
 * Vitest's order.
 */
export const HEAVY = [
  'tests/site/walk-desktop.test.ts',
  'tests/site/engines-browser.test.ts',
  'tests/site/walk-phone.test.ts',
  'tests/site/walk-reflow.test.ts',
  'tests/site/archive.test.ts',
  'tests/site/search-browser.test.ts',
  'tests/site/variants.test.ts',
  'tests/site/build-guard.test.ts',
] as const;

/** `files` (paths relative to the project) with those in `heavy` first, in its order; the rest keep theirs. */
export function heavyFirst<T>(files: readonly T[], pathOf: (f: T) => string, heavy: readonly string[] = HEAVY): T[] {
  const rank = (f: T) => {
    const i = heavy.indexOf(pathOf(f));
    return i < 0 ? heavy.length : i;
  };
  return files
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map(({ f }) => f);
}
