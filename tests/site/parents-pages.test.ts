/**
 * 路径指南 and 2025目标一览 on the built site: every arrow of the diagram and
 * every target and dated step shown with the plan's exact words, linked to
 * a paragraph that holds them; both SVGs named and described; the page says
 * the site does not know what was met; and the four parents' pages reachable
 * from the home page and from every page's navigation.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN_NAV } from '../../src/lib/nav.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { chartBars } from '../../src/lib/targets.ts';
import { ROUTES } from '../../src/lib/url.ts';
import { ui } from '../../src/ui/strings.ts';
import { DIST, fileForUrl, officialTextOf, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);
const { data } = loadPlan('content');
const page = (route: string) => parse(readDist(`${DIST}${route}index.html`));

/** The official text a link leads to: the paragraph of its fragment, as built. */
function textAt(href: string): string {
  const [path, anchor] = href.split('#');
  const target = parse(readDist(fileForUrl(path!)));
  const shown = anchor ? select(`[id="${anchor}"]`, target) : select('h1', target);
  expect(shown, href).toBeDefined();
  // A target's anchor sits on its words inside the paragraph: read the paragraph.
  const para = shown!.tagName === 'p' ? shown! : (select(`p:has([id="${anchor}"])`, target) ?? shown!);
  return officialTextOf(para);
}

/** An SVG drawn for the reader has a role, a title and a description, and is named by them. */
function expectDescribedSvg(svg: Element | undefined, title: string): string {
  expect(svg?.properties.role).toBe('img');
  const [t, d] = [svg?.properties.ariaLabelledBy].flat().map(String);
  expect(toString(select(`title[id="${t}"]`, svg!)!)).toBe(title);
  const desc = toString(select(`desc[id="${d}"]`, svg!)!);
  expect(desc.length).toBeGreaterThan(0);
  return desc;
}

describe('2025目标一览', () => {
  const tree = page(ROUTES.targets);
  it.each(data.targets.map((t) => [t.id, t] as const))('row %s quotes its target and links it', (id, t) => {
    const row = select(`tr[id="t-${id}"]`, tree);
    expect(toString(select('th', row!)!)).toBe(t.label);
    const quote = select('td q a', row!);
    expect(toString(quote!)).toBe(t.quote);
    expect(textAt(String(quote!.properties.href))).toContain(t.quote);
    const hedge = selectAll('td', row!)[1]!;
    if (t.hedge) expect(toString(select('q', hedge)!)).toBe(t.hedge);
    else expect(toString(hedge)).toBe(ui.targetsPlain);
    // Every task the relations say serves it, or is related to it, is linked from its row.
    const ties = data.relations.filter((r) => r.to.target === id).map((r) => r.from.unit);
    const linked = selectAll('a', selectAll('td', row!)[2]!).map((a) => String(a.properties.href));
    expect(linked).toHaveLength(ties.length);
  });
  it('has a row for every target and no other', () => {
    expect(selectAll('tbody tr', tree)).toHaveLength(data.targets.length);
  });
  it('draws every ratio and percentage of the targets, named and described in the plan’s words', () => {
    const svg = select('svg.chart', tree);
    const desc = expectDescribedSvg(svg, ui.targetsChart);
    const bars = chartBars(data.targets);
    expect(bars.length).toBeGreaterThan(0);
    expect(desc).toBe(bars.map((b) => b.words).join('；'));
    expect(selectAll('text.chart-words', svg!).map((t) => toString(t))).toEqual(bars.map((b) => b.words));
  });
  it.each(data.milestones.map((m) => [m.id, m] as const))('the timeline shows %s with its source', (id, m) => {
    const item = select(`li[id="m-${id}"]`, tree);
    expect(toString(item!)).toContain(m.label);
    expect(textAt(String(select('a.ref', item!)!.properties.href))).toContain(m.quote);
  });
  it('says plainly that the site does not know whether the targets were met', () => {
    expect(toString(select('.targets-unknown', tree)!)).toBe(ui.targetsUnknown);
  });
  it('is where the home page’s targets lead', () => {
    const home = parse(readDist(`${DIST}/index.html`));
    expect(select('.targets a[href$="/targets/"]', home)).toBeDefined();
  });
});

describe('路径指南', () => {
  const tree = page(ROUTES.guide);
  it('draws every arrow of content/pathways.yaml, named and described', () => {
    const svg = select('svg.pathways', tree);
    const desc = expectDescribedSvg(svg, ui.pathwaysTitle);
    expect(desc).toBe(data.pathways.map((s) => `${s.from}→${s.to}`).join('；'));
    expect(selectAll('line.pathways-arrow', svg!)).toHaveLength(data.pathways.length);
    expect(selectAll('line.pathways-hedged', svg!)).toHaveLength(data.pathways.filter((s) => s.hedge).length);
  });
  it.each(data.pathways.map((s) => [`${s.from}→${s.to}`, s] as const))(
    'the text equivalent gives %s with the plan’s words and their paragraph',
    (_, s) => {
      const item = selectAll('ul.pathways-text > li', tree).find((li) =>
        toString(select('strong', li)!).includes(`${s.from} → ${s.to}`),
      );
      expect(toString(item!)).toContain(s.says);
      const quote = select('a.quote', item!);
      expect(toString(quote!)).toBe(s.quote);
      expect(textAt(String(quote!.properties.href))).toContain(s.quote);
    },
  );
  it.each(data.guide.map((g) => [g.slug, g] as const))('section #%s is on the page and cites the plan', (slug, g) => {
    const section = select(`section.guide-section:has(> h2[id="${slug}"])`, tree);
    expect(toString(select('h2', section!)!)).toBe(g.heading);
    expect(selectAll('a.ref, a.quote', section!).length).toBeGreaterThan(0);
  });
  it('sets background apart and links the confirmed document’s glossary entry', () => {
    for (const aside of selectAll('aside.background', tree)) {
      const href = String(select('.background-label a', aside)!.properties.href);
      const slug = href.split('/').filter(Boolean).pop();
      const entry = data.glossary.find((t) => t.slug === slug);
      expect(entry?.basis, href).toMatchObject({ kind: 'source' });
    }
  });
});

describe('the parents’ pages', () => {
  const routes = [ROUTES.guide, ROUTES.faq, ROUTES.targets, ROUTES.institutions];
  it('are in the main navigation, which every page shows (pages.test)', () => {
    expect(MAIN_NAV.map((n) => ROUTES[n.route])).toEqual(expect.arrayContaining(routes));
  });
  it('are linked from the home page', () => {
    const home = parse(readDist(`${DIST}/index.html`));
    const links = selectAll('main a', home).map((a) => String(a.properties.href));
    for (const r of routes)
      expect(
        links.some((l) => l.endsWith(r)),
        r,
      ).toBe(true);
  });
});
