import { relative } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { heavyFirst } from './tests/support/heavy-first.ts';

/** Vitest's order, with the long browser walks started first (tests/support/heavy-first.ts says why). */
class HeavyFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return heavyFirst(await super.sort(files), (f) => relative(f.project.config.root, f.moduleId));
  }
}

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser and build tests start processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default is one worker fewer than the CPUs: one, on the 2-core machines CI runs on, so every
    // file waited for the one before. The long files mostly wait on Chromium or a build in another process,
    // so two workers keep both cores busy; the heaviest start first, one on each. Three gained nothing once files
    // shared their worker (below): 239 s against 236 s of tests, the CPU 94–98% busy either way (2026-12-03).
    maxWorkers: 2,
    // Files share their worker's modules instead of each importing them afresh: the loaders, the search core's
    // dictionaries, playwright-core and parse5 once per worker, not once per file (the unit tests alone spent
    // 78% of their time importing: 14.4 → 7.7 s of CPU; the whole suite, quiet, 296 → 236 s). No test sets
    // process.env, mocks a module or keeps state a later file could see; tests/support keeps only caches of what
    // does not change during a run, and parse's shared trees are frozen (tests/support/dist.ts).
    isolate: false,
    sequence: { sequencer: HeavyFirst },
    // The slowest files and the run's time, after every run (scripts/test.ts keeps it when CI names reporters).
    reporters: ['default', './tests/support/time-report.ts'],
  },
});
