import { describe, expect, it } from 'vitest';
import { timeReport } from '../support/time-report.ts';

describe('the time report', () => {
  const files = [
    { file: 'tests/unit/a.test.ts', seconds: 0.2, worker: 1 },
    { file: 'tests/site/walk.test.ts', seconds: 95.04, worker: 1 },
    { file: 'tests/site/b.test.ts', seconds: 12.5, worker: 2 },
  ];

  it('lists the slowest files first, with their worker, then the wall and worker time', () => {
    expect(timeReport(files, 101.6, 2)).toEqual([
      'slowest 2 of 3 test files (seconds, worker):',
      '   95.0  1  tests/site/walk.test.ts',
      '   12.5  2  tests/site/b.test.ts',
      'tests: 102 s of wall time, 108 s of worker time',
    ]);
  });

  it('lists every file when there are fewer than asked for', () => {
    expect(timeReport(files.slice(0, 1), 1)).toHaveLength(3);
  });
});
