/**
 * 常见问题 on the built site: each question under its own anchor and in the
 * list at the top, each answer ours and citing a paragraph of the plan, the
 * page in the navigation of every page and in search as kind "guide".
 */
import { select, selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN_NAV } from '../../src/lib/nav.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { DIST, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);
const { data } = loadPlan('content');
const page = () => parse(readDist(`${DIST}/faq/index.html`));

describe('常见问题', () => {
  it('answers at least twelve questions', () => {
    expect(data.faq.length).toBeGreaterThanOrEqual(12);
  });

  it.each(data.faq.map((q) => [q.slug, q] as const))(
    '#%s: its own anchor, listed at the top, citing the plan',
    (slug, q) => {
      const tree = page();
      const section = select(`section.faq-item:has(> h2#${slug})`, tree);
      expect(section, slug).toBeDefined();
      expect(
        select('h2', section!)
          ?.children.map((c) => ('value' in c ? c.value : ''))
          .join(''),
      ).toBe(q.question);
      expect(selectAll(`.faq-questions a[href="#${slug}"]`, tree)).toHaveLength(1);
      const cites = selectAll('a.ref, a.quote', section!).map((a) => String(a.properties.href));
      expect(cites.length).toBeGreaterThan(0);
      for (const href of cites) expect(href).toMatch(/^\/(plan|notice)\//);
      expect(selectAll('[data-official]', section!)).toEqual([]);
    },
  );

  it('is marked as ours and indexed as a guide', () => {
    const article = select('article.faq', page())!;
    expect(article.properties.dataOurs).toBe('');
    expect(article.properties.dataPagefindFilter).toBe('kind:guide');
  });

  it('is in the main navigation, which every page shows (pages.test)', () => {
    expect(MAIN_NAV.map((n) => n.route)).toContain('faq');
  });
});
