import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

// Vitest puts these into process.env; a child build must not inherit them (BASE_URL would override the base).
const VITEST_ENV = /^(VITEST.*|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

/** The environment without what Vitest added, for an Astro child process. */
export const cleanEnv = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && !VITEST_ENV.test(e[0])),
  );

/** Runs `astro build` in `cwd` on the pinned Node, with a clean environment plus `env`. */
export function astroBuild(cwd: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env, FORCE_COLOR: '0' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
