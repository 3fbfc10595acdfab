/** One round trip to first text on every built page (tests/support/budget.ts says what that asks). */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIRST_FLIGHT, firstFlightProblems } from '../support/budget.ts';
import { DIST, htmlFiles, parse, readDist, requireDist } from '../support/dist.ts';
import { ROUTES } from '../../src/lib/url.ts';

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

  it('sends the print rules apart: no page’s inline style holds one, and every page links /print.css for paper', () => {
    const printed = readDist(`${DIST}${ROUTES.printStyles}`);
    expect(printed).toMatch(/@media print\{.*\.nav-row/);
    for (const file of htmlFiles()) {
      const tree = parse(readDist(`${DIST}/${file}`));
      expect(selectAll('style', tree).map(toString).join('').includes('@media print'), file).toBe(false);
      expect(select('link[rel~=stylesheet][media=print]', tree)?.properties.href, file).toBe(ROUTES.printStyles);
    }
  });
});
