import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEAVY, heavyFirst } from '../support/heavy-first.ts';

describe('heavyFirst', () => {
  it.each<[string[], string[], string[]]>([
    [['a', 'b', 'c'], ['c'], ['c', 'a', 'b']],
    [
      ['a', 'b', 'c'],
      ['c', 'a'],
      ['c', 'a', 'b'],
    ],
    [['a', 'b', 'c'], ['z'], ['a', 'b', 'c']],
    [['b', 'a'], [], ['b', 'a']],
  ])('%j with %j first → %j', (files, heavy, order) => {
    expect(heavyFirst(files, (f) => f, heavy)).toEqual(order);
  });

  it('names files that exist: a renamed walk would silently start last again', () => {
    expect(HEAVY.filter((f) => !existsSync(f))).toEqual([]);
  });
});
