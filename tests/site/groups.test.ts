/**
 * A page of a part or task group is worth landing on: under each task or
 * measure it lists, the first sentence of its text, word for word.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, fileForUrl, parse, readDist, requireDist } from '../support/dist.ts';
import { ui } from '../../src/ui/strings.ts';

beforeAll(requireDist);

interface JsonUnit {
  id: string;
  kind: string;
  url: string;
  parent?: string;
  blocks: Array<{ role: string; text: string }>;
}
const units = (JSON.parse(readDist(`${DIST}/plan.json`)) as { units: JsonUnit[] }).units;
const lists = units.filter((u) => u.kind === 'group' || u.kind === 'part');

describe.each(lists.map((u) => [u.id, u] as const))('%s', (_, list) => {
  it('shows how each task or measure under it begins, as printed', () => {
    const items = selectAll('.children > ol > li', parse(readDist(fileForUrl(list.url))));
    const children = units.filter((u) => u.parent === list.id);
    expect(items).toHaveLength(children.length);
    children.forEach((child, i) => {
      const first = child.blocks.find((b) => b.role === 'paragraph');
      const lead = select(':scope > .child-lead', items[i]!);
      if (!first) return expect(lead, child.id).toBeUndefined();
      const shown = toString(lead!).trim();
      const words = shown.endsWith(ui.leadMore) ? shown.slice(0, -ui.leadMore.length) : shown;
      expect(words.length, child.id).toBeGreaterThan(8);
      expect(first.text.startsWith(words), child.id).toBe(true);
    });
  });
});
