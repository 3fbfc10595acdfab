import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

import { childEnv } from '../../scripts/lib/child-env.ts';

/** The environment without what Vitest added, for an Astro child process. */
export const cleanEnv = childEnv;

/** Runs `astro build` in `cwd` on the pinned Node, with a clean environment plus `env`. */
export function astroBuild(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env, FORCE_COLOR: '0' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
