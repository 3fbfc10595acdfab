/**
 * 一句话看懂 on the built site: every task and measure page shows our
 * summary above its official text, marked as ours and apart from it, and
 * plan.json carries the same words under each unit's `editorial` key.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/loaders/plan.ts';
import { unitPath } from '../../src/lib/url.ts';
import { DIST, fileForUrl, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);
const { data } = loadPlan('content');

describe('summaries on the unit pages', () => {
  it.each(data.units.map((u) => [u.key, u] as const))('%s', (key, unit) => {
    const tree = parse(readDist(fileForUrl(unitPath(unit))));
    const box = select('.summary', tree);
    const summary = data.summaries[key];
    if (!summary) {
      expect(box).toBeUndefined();
      return;
    }
    expect(box?.properties.dataOurs).toBe('');
    expect(select('.ours-label', box!)).toBeDefined();
    expect(selectAll('[data-official]', box!)).toEqual([]);
    expect(toString(select('.summary-text', box!)!).replace(/\s+/g, ' ').trim()).toBe(summary);
    // Above the official text, inside the article, kept out of the index.
    const article = select('article.unit', tree)!;
    const kids = article.children.filter((c) => c.type === 'element');
    expect(kids.indexOf(box!)).toBeLessThan(kids.indexOf(select('.official-body', article)!));
    expect(box?.properties.dataPagefindIgnore).toBe('');
  });
});

describe('summaries in plan.json', () => {
  const json = JSON.parse(readDist(`${DIST}/plan.json`)) as {
    units: Array<{ id: string; kind: string; editorial: { summary: string | null } }>;
  };
  it('carries each task and measure summary, and null elsewhere', () => {
    for (const u of json.units)
      expect(u.editorial.summary, u.id).toBe(['task', 'measure'].includes(u.kind) ? data.summaries[u.id] : null);
    expect(json.units.filter((u) => u.editorial.summary).length).toBe(30);
  });
});
