/**
 * `npm test`: the browsers and tools the tests need (scripts/browser-deps.ts),
 * the site's build, then every test (Vitest, with the arguments given to
 * `npm test --`). Prints where the time went: the slowest test files
 * (tests/support/time-report.ts) and, last, the build, the tests and the two
 * together, installs excluded.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const REPORT = './tests/support/time-report.ts';
const seconds = (from: number) => (performance.now() - from) / 1000;

function step(script: string, args: readonly string[]): void {
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const installing = performance.now();
step('scripts/browser-deps.ts', []);
const installs = seconds(installing);

const building = performance.now();
step(resolve('node_modules/astro/bin/astro.mjs'), ['build']);
const build = seconds(building);

// Reporters named on the command line replace the configured ones: keep the time report among them.
const given = process.argv.slice(2);
const reporters = given.some((a) => a.startsWith('--reporter')) ? [`--reporter=${REPORT}`] : [];
const testing = performance.now();
const tests = spawnSync(process.execPath, [resolve('node_modules/vitest/vitest.mjs'), 'run', ...given, ...reporters], {
  stdio: 'inherit',
});
const s = (x: number) => `${x.toFixed(0)} s`;
console.log(
  `npm test: build ${s(build)}, tests ${s(seconds(testing))}, ${s(build + seconds(testing))} in all ` +
    `(installs and checks of browsers and tools, not counted: ${s(installs)})`,
);
process.exit(tests.status ?? 1);
