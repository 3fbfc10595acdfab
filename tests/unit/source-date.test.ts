import { describe, expect, it } from 'vitest';
import { sourceEpoch, utcDate } from '../../src/lib/source-date.ts';

describe('sourceEpoch', () => {
  it.each<[Record<string, string>, string | undefined, number | undefined]>([
    [{ SOURCE_DATE_EPOCH: '1700000000' }, '1600000000\n', 1700000000],
    [{}, '1600000000\n', 1600000000],
    [{ SOURCE_DATE_EPOCH: 'soon' }, '1600000000', 1600000000],
    [{ SOURCE_DATE_EPOCH: '' }, undefined, undefined],
    [{}, '', undefined],
    [{}, 'fatal: not a git repository', undefined],
  ])('takes its moment from %o before the commit (%j): %s', (env, commit, epoch) => {
    expect(sourceEpoch(env, () => commit)).toBe(epoch);
  });
});

describe('utcDate', () => {
  it.each([
    [1700000000, '2023-11-14'],
    // 23:30 UTC is already the 15th in Chongqing; the date is UTC's, so no machine's zone changes it.
    [1700004600, '2023-11-14'],
    [0, '1970-01-01'],
  ])('%i → %s', (epoch, date) => {
    expect(utcDate(epoch)).toBe(date);
  });
});
