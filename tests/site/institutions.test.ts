/**
 * 院校与项目 on the built site: every entry of content/institutions.yaml
 * under its own anchor, each mention the plan's exact words linked to the
 * paragraph they come from, and the page in every page's navigation.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN_NAV } from '../../src/lib/nav.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { DIST, fileForUrl, officialTextOf, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);
const { data } = loadPlan('content');
const blockText = new Map(data.units.flatMap((u) => u.blocks).map((b) => [b.id, b.text]));

describe('院校与项目', () => {
  it.each(data.institutions.map((i) => [i.slug, i] as const))('#%s quotes the plan where it names it', (slug, item) => {
    const tree = parse(readDist(`${DIST}/institutions/index.html`));
    const section = select(`section.institution:has(> h3#${slug})`, tree);
    expect(section).toBeDefined();
    const items = selectAll('li', section!);
    expect(items).toHaveLength(item.mentions.length);
    item.mentions.forEach((m, i) => {
      expect(toString(select('q', items[i]!)!)).toBe(m.quote);
      // The link leads to the paragraph, and that paragraph, as built, holds the words.
      const href = String(select('a.ref', items[i]!)?.properties.href);
      const [path, anchor] = href.split('#');
      const target = parse(readDist(fileForUrl(path!)));
      const shown = anchor ? select(`#${anchor}`, target) : select('h1', target);
      expect(blockText.has(m.block)).toBe(true);
      expect(officialTextOf(shown!)).toContain(m.quote);
    });
  });

  it('is in the main navigation, which every page shows (pages.test)', () => {
    expect(MAIN_NAV.map((n) => n.route)).toContain('institutions');
  });
});
