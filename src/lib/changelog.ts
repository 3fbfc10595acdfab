/**
 * The site's changelog as the loader checks it, and the version a build
 * stands for. Pure.
 */
import type { ContentProblem } from './content-problem.ts';
import type { Lined } from './relations.ts';
import type { ChangelogEntry } from '../schemas/changelog.ts';

const order = (v: string) => v.split('.').map(Number);
/** Whether version a comes after version b. */
const newer = (a: string, b: string) => {
  const [x, y] = [order(a), order(b)];
  const i = x.findIndex((n, k) => n !== y[k]);
  return i >= 0 && x[i]! > y[i]!;
};

/** Every version once, newest first, and no version dated before the one it follows. */
export function checkChangelog(file: string, items: ReadonlyArray<Lined<ChangelogEntry>>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  items.forEach(({ item, line }, i) => {
    const before = items[i - 1]?.item;
    if (!before) return;
    if (!newer(before.version, item.version))
      problems.push({
        file,
        line,
        field: 'version',
        message: `${item.version} follows ${before.version}; list versions newest first, each once`,
      });
    if (item.date > before.date)
      problems.push({
        file,
        line,
        field: 'date',
        message: `${item.version} is dated ${item.date}, after ${before.version} (${before.date})`,
      });
  });
  return problems;
}

/** The entry of the version being built; throws, naming the file and the fix, when the changelog has none. */
export function entryFor(
  changelog: readonly ChangelogEntry[],
  version: string,
  file = 'content/changelog.yaml',
): ChangelogEntry {
  const newest = changelog[0];
  if (!newest || newest.version !== version)
    throw new Error(
      `${file}: package.json says version ${version} but the newest entry is ${newest?.version ?? 'missing'}; add an entry for ${version} at the top, saying what changed`,
    );
  return newest;
}
