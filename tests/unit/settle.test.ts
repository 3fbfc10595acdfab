import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenSettled } from '../../src/lib/settle.ts';

describe('whenSettled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it.each([
    ['one event', [0], 1],
    ['a save as two events 5 ms apart (emptied, then written)', [0, 5], 1],
    ['a burst of events each within the wait', [0, 50, 100, 150], 1],
    ['two saves a second apart', [0, 1000], 2],
  ])('runs once the events stop: %s', (_name, at, runs) => {
    const run = vi.fn();
    const changed = whenSettled(run, 100);
    let now = 0;
    for (const t of at) {
      vi.advanceTimersByTime(t - now);
      now = t;
      changed();
    }
    // Nothing runs while the last events may still be part of the save.
    expect(run).toHaveBeenCalledTimes(runs - 1);
    vi.advanceTimersByTime(99);
    expect(run).toHaveBeenCalledTimes(runs - 1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(runs);
  });
});
