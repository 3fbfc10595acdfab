/** One round trip to first text on every built page (tests/support/budget.ts says what that asks). */
import { beforeAll, describe, expect, it } from 'vitest';
import { firstFlightProblems } from '../support/budget.ts';
import { DIST, htmlFiles, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);

describe('one round trip to first text', () => {
  it.each(htmlFiles())('%s fits its budget with its style inline, and nothing in <head> blocks', (file) => {
    expect(firstFlightProblems(file, readDist(`${DIST}/${file}`))).toEqual([]);
  });
});
