/**
 * 校勘说明 shows each restoration's text as the site publishes it: after the
 * punctuation rules, so every "本站" entry can be found in the published text.
 */
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);

describe('校勘说明', () => {
  it('shows every restoration as published, findable in plan.txt', () => {
    const published = readDist(`${DIST}/plan.txt`);
    const tree = parse(readDist(`${DIST}/corrections/index.html`));
    const shown = selectAll('.restoration', tree).map((li) => ({
      id: String(li.properties.id),
      // The second pair of the entry: 本站.
      text: toString(selectAll('dd code', li)[1]!),
    }));
    expect(shown.length).toBeGreaterThan(30);
    // A restoration that splits a line shows the break as ⏎: each side is published text.
    const missing = shown.filter((s) => s.text.split('⏎').some((part) => !published.includes(part)));
    expect(missing).toEqual([]);
  });
});
