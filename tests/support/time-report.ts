/**
 * A Vitest reporter that prints, after every run, the ten slowest test
 * files and the run's wall time, so that whoever runs `npm test` (and CI's
 * log) sees where the suite's minutes go. Printed for people; no test
 * asserts a time.
 */
import type { Reporter, TestModule } from 'vitest/node';

export interface FileTime {
  /** The test file, relative to the project. */
  file: string;
  /** Seconds from importing the file to its last test (hooks included). */
  seconds: number;
  /** The worker that ran it (1 or 2). */
  worker: number;
}

/** The report's lines: the `n` slowest files, slowest first, then the total. */
export function timeReport(files: readonly FileTime[], wallSeconds: number, n = 10): string[] {
  const slowest = [...files].sort((a, b) => b.seconds - a.seconds).slice(0, n);
  const busy = files.reduce((sum, f) => sum + f.seconds, 0);
  return [
    `slowest ${slowest.length} of ${files.length} test files (seconds, worker):`,
    ...slowest.map((f) => `${f.seconds.toFixed(1).padStart(7)}  ${f.worker}  ${f.file}`),
    `tests: ${wallSeconds.toFixed(0)} s of wall time, ${busy.toFixed(0)} s of worker time`,
  ];
}

export default class TimeReport implements Reporter {
  private started = performance.now();
  private root = '';

  onInit(vitest: { config: { root: string } }): void {
    this.root = vitest.config.root;
    this.started = performance.now();
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const files = modules.map((m) => {
      const d = m.diagnostic();
      return {
        file: m.moduleId.startsWith(this.root) ? m.moduleId.slice(this.root.length + 1) : m.moduleId,
        seconds: (d.collectDuration + d.duration) / 1000,
        worker: d.concurrencyId,
      };
    });
    console.log(['', ...timeReport(files, (performance.now() - this.started) / 1000)].join('\n'));
  }
}
