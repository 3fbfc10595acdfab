/** One round trip to first text on every built page (tests/support/budget.ts says what that asks). */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_FLIGHT, firstFlightProblems } from '../support/budget.ts';
import { DIST, htmlFiles, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);

describe('one round trip to first text', () => {
  it('常见问题 shows its questions within the first flight', () => {
    const html = readDist(`${DIST}/faq/index.html`);
    const end = html.indexOf('</nav>', html.indexOf('class="faq-questions"'));
    expect(gzipSync(html.slice(0, end)).length).toBeLessThanOrEqual(FIRST_FLIGHT);
  });

  it.each(htmlFiles())('%s fits its budget with its style inline, and nothing in <head> blocks', (file) => {
    expect(firstFlightProblems(file, readDist(`${DIST}/${file}`))).toEqual([]);
  });
});
