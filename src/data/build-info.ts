/**
 * What a build stands for: the site's version (package.json, with its
 * changelog entry) and the commit it was built from, with that commit's
 * moment (src/lib/source-date.ts). The one place that asks git.
 */
import { z } from 'astro/zod';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { entryFor } from '../lib/changelog.ts';
import { sourceEpoch, utcDate } from '../lib/source-date.ts';
import type { ChangelogEntry } from '../schemas/changelog.ts';

/** The commit a build comes from, as far as git (or SOURCE_DATE_EPOCH) can say. */
export interface SourceCommit {
  /** Seconds since 1970; absent when neither git nor SOURCE_DATE_EPOCH can say. */
  epoch?: number;
  /** The commit's full hash; absent outside a git checkout. */
  hash?: string;
  /** Whether tracked files differ from that commit, so the hash alone does not describe the build. */
  modified: boolean;
}

export interface BuildInfo extends SourceCommit {
  version: string;
  /** The changelog's entry for this version. */
  entry: ChangelogEntry;
  /** The UTC date of `epoch`, YYYY-MM-DD. */
  date?: string;
}

function git(...args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

let commit: SourceCommit | undefined;
export function sourceCommit(): SourceCommit {
  if (!commit) {
    const epoch = sourceEpoch(process.env, () => git('log', '-1', '--format=%ct'));
    const hash = git('rev-parse', 'HEAD');
    commit = {
      ...(epoch !== undefined ? { epoch } : {}),
      ...(hash ? { hash } : {}),
      modified: Boolean(hash && git('status', '--porcelain', '--untracked-files=no')),
    };
  }
  return commit;
}

let cached: BuildInfo | undefined;
export function buildInfo(changelog: readonly ChangelogEntry[]): BuildInfo {
  if (!cached) {
    const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync('package.json', 'utf8')));
    const source = sourceCommit();
    cached = {
      version,
      entry: entryFor(changelog, version),
      ...source,
      ...(source.epoch !== undefined ? { date: utcDate(source.epoch) } : {}),
    };
  }
  return cached;
}
