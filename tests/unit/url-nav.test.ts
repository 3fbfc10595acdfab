import { describe, expect, it } from 'vitest';
import { loadExpected } from '../../src/lib/load.ts';
import { assemblePlan } from '../../src/lib/model.ts';
import { breadcrumbs, buildToc, prevNext } from '../../src/lib/nav.ts';
import { createLinker, relativizeAssetUrls } from '../../src/lib/url.ts';
import { planJson, planText } from '../../src/lib/exports.ts';
import { TARGETS } from '../../src/data/targets.ts';

describe('createLinker', () => {
  it.each([
    ['/', '/', '/plan/tasks/01/', '/plan/tasks/01/'],
    ['/', '/', '/plan/tasks/01/#p2', '/plan/tasks/01/#p2'],
    ['/qijiang/', '/', '/plan/', '/qijiang/plan/'],
    ['/qijiang', '/', '/plan.json', '/qijiang/plan.json'],
    ['/qijiang/', '/', '/', '/qijiang/'],
  ])('absolute, base %s: %s', (base, from, target, out) => {
    expect(createLinker({ base, mode: 'absolute', from })(target)).toBe(out);
  });
  it.each([
    ['/plan/tasks/01/', '/plan/groups/01/', '../../groups/01/index.html'],
    ['/plan/tasks/01/', '/plan/tasks/01/#p1', 'index.html#p1'],
    ['/plan/', '/plan/tasks/01/#p1', 'tasks/01/index.html#p1'],
    ['/plan/', '/plan.json', '../plan.json'],
    ['/', '/', 'index.html'],
    ['/', '/favicon.svg', 'favicon.svg'],
    ['/corrections/', '/', '../index.html'],
  ])('relative, from %s: %s', (from, target, out) => {
    expect(createLinker({ base: '/', mode: 'relative', from })(target)).toBe(out);
  });
  it('refuses a target that is not site-relative', () => {
    expect(() => createLinker({ base: '/', mode: 'absolute', from: '/' })('plan/')).toThrow(/site-relative/);
  });
});

describe('relativizeAssetUrls', () => {
  it.each([
    ['<link rel="stylesheet" href="/_astro/a.css">', 3, '<link rel="stylesheet" href="../../../_astro/a.css">'],
    ['<link rel="stylesheet" href="/_astro/a.css">', 0, '<link rel="stylesheet" href="./_astro/a.css">'],
    ['<a href="/_astro/">x</a> <img src="/_astro/i.png">', 1, '<a href="../_astro/">x</a> <img src="../_astro/i.png">'],
    ['<p>/_astro/ in text</p>', 2, '<p>/_astro/ in text</p>'],
  ])('%s at depth %i', (html, depth, out) => {
    expect(relativizeAssetUrls(html, depth)).toBe(out);
  });
});

describe('navigation from the model', () => {
  const { plan } = loadExpected('content');
  it('lists the notice and the title page at the top, parts below the title page', () => {
    const toc = buildToc(plan);
    expect(toc.map((n) => n.key)).toEqual(['notice', 'front']);
    expect(toc[1]!.children.map((n) => n.label)).toEqual(['总体要求', '重点任务', '保障措施']);
    expect(toc[1]!.children[1]!.children[0]!.children.map((n) => n.marker)).toEqual(['1', '2', '3']);
  });
  it('gives a task its full chain of breadcrumbs', () => {
    expect(breadcrumbs(plan, 'task-09').map((u) => u.key)).toEqual(['front', 'part-2', 'group-04', 'task-09']);
  });
  it('puts units in reading order whatever order they arrive in', () => {
    const shuffled = [...plan.units].reverse();
    shuffled.push(shuffled.splice(7, 1)[0]!);
    expect(assemblePlan(shuffled).units.map((u) => u.key)).toEqual(plan.units.map((u) => u.key));
    expect(plan.units.slice(0, 5).map((u) => u.key)).toEqual(['notice', 'front', 'part-1', 'section-1', 'section-2']);
  });
  it('walks in document order across groups and parts', () => {
    expect(prevNext(plan, 'task-03').next?.key).toBe('group-02');
    expect(prevNext(plan, 'task-26').next?.key).toBe('part-3');
    expect(prevNext(plan, 'notice').prev).toBeUndefined();
    expect(prevNext(plan, 'measure-4').next).toBeUndefined();
  });
});

describe('exports', () => {
  const { plan } = loadExpected('content');
  const doc = {
    indexNumber: 'i',
    documentNumber: 'd',
    subject: 's',
    genre: 'g',
    publisher: 'p',
    validity: 'v',
    written: '2023-03-24',
    published: '2023-04-14',
    sourceLocation: 'l',
  };
  it('plan.json has ids, kinds, numbers, titles, URLs and paragraphs', () => {
    const j = planJson(plan, doc, (p) => p);
    expect(j.counts).toEqual({ part: 3, section: 3, group: 11, task: 26, measure: 4 });
    const t9 = j.units.find((u) => u.id === 'task-09')!;
    expect(t9).toMatchObject({
      kind: 'task',
      number: 9,
      title: '加强高水平职教师资队伍建设',
      url: '/plan/tasks/09/',
      parent: 'group-04',
    });
    expect(t9.paragraphs[0]).toMatch(/^强化职教师资引进和培育/);
  });
  it('plan.txt has one line per block', () => {
    expect(planText(plan).split('\n')).toHaveLength(plan.units.flatMap((u) => u.blocks).length + 1);
  });
});

describe('the 2025 targets on the home page', () => {
  const { plan } = loadExpected('content');
  const blocks = new Map(plan.units.flatMap((u) => u.blocks).map((b) => [b.id, b.text]));
  it.each(TARGETS)('“$quote” is quoted word for word from $block', ({ quote, block }) => {
    expect(blocks.get(block)).toContain(quote);
  });
});
