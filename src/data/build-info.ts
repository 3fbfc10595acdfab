/**
 * What a build stands for: the site's version (package.json, with its
 * changelog entry) and the date of the commit it was built from. The date
 * comes from git, or SOURCE_DATE_EPOCH where there is no checkout; never from
 * the clock, so two builds of one commit say the same.
 */
import { z } from 'astro/zod';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { entryFor } from '../lib/changelog.ts';
import type { ChangelogEntry } from '../schemas/changelog.ts';

export interface BuildInfo {
  version: string;
  /** The changelog's entry for this version. */
  entry: ChangelogEntry;
  /** The commit's date, YYYY-MM-DD; absent when neither git nor SOURCE_DATE_EPOCH can say. */
  date?: string;
}

function commitDate(): string | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  try {
    return (
      execFileSync('git', ['log', '-1', '--format=%cs'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

let cached: BuildInfo | undefined;
export function buildInfo(changelog: readonly ChangelogEntry[]): BuildInfo {
  if (!cached) {
    const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync('package.json', 'utf8')));
    const date = commitDate();
    cached = { version, entry: entryFor(changelog, version), ...(date ? { date } : {}) };
  }
  return cached;
}
