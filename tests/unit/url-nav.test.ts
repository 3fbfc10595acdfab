import { describe, expect, it } from 'vitest';
import { assemblePlan } from '../../src/lib/model.ts';
import { breadcrumbs, buildToc, navCurrent, pageTitleOf, prevNext } from '../../src/lib/nav.ts';
import { citeLabel, formalCitation, resolveRef } from '../../src/lib/refs.ts';
import {
  blockAnchor,
  blockPath,
  correctionPath,
  createLinker,
  fullTextUnitPath,
  relativizeAssetUrls,
  singleFileLink,
  ROUTES,
  routeParam,
  unitPath,
} from '../../src/lib/url.ts';
import { planJson, planText } from '../../src/lib/exports.ts';
import { loadPlan } from '../../src/loaders/plan.ts';

const plan = assemblePlan(loadPlan('content').data.units);

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
    ['/404.html', '/', 'index.html'],
    ['/404.html', '/full-text/', 'full-text/index.html'],
  ])('relative, from %s: %s', (from, target, out) => {
    expect(createLinker({ base: '/', mode: 'relative', from })(target)).toBe(out);
  });
  it('refuses a target that is not site-relative', () => {
    expect(() => createLinker({ base: '/', mode: 'absolute', from: '/' })('plan/')).toThrow(/site-relative/);
  });
});

describe('the URL scheme', () => {
  it.each<[Parameters<typeof unitPath>[0], string]>([
    [{ kind: 'notice' }, '/notice/'],
    [{ kind: 'front' }, '/plan/'],
    [{ kind: 'part', number: 1 }, '/plan/general/'],
    [{ kind: 'part', number: 3 }, '/plan/measures/'],
    [{ kind: 'section', number: 3 }, '/plan/general/goals/'],
    [{ kind: 'group', number: 4 }, '/plan/groups/04/'],
    [{ kind: 'task', number: 9 }, '/plan/tasks/09/'],
    [{ kind: 'measure', number: 2 }, '/plan/measures/2/'],
  ])('%o is at %s', (unit, path) => {
    expect(unitPath(unit)).toBe(path);
  });
  it('says where to add a slug for a part or section the scheme does not know', () => {
    expect(() => unitPath({ kind: 'part', number: 4 })).toThrow(/part 4 has no URL: add its slug to PART_SLUGS/);
    expect(() => unitPath({ kind: 'section', number: 4 })).toThrow(/SECTION_SLUGS in src\/lib\/url\.ts/);
  });
  it.each<[string, 'unit' | 'full', string | undefined]>([
    ['task-09.p1', 'unit', 'p1'],
    ['task-09.p1', 'full', 'task-09-p1'],
    ['task-09.h', 'unit', undefined],
    ['task-09.h', 'full', 'task-09-h'],
    ['front.t2', 'full', 'front-h'],
    ['notice.signatory', 'unit', 'signatory'],
  ])('%s has the anchor %s on the %s page', (id, page, anchor) => {
    expect(blockAnchor(resolveRef(plan, id).block, page)).toBe(anchor);
  });
  it('gives blocks, headings on the full text and corrections one address each', () => {
    const { unit, block } = resolveRef(plan, 'task-16.p1');
    expect(blockPath(unit, block)).toBe('/plan/tasks/16/#p1');
    expect(fullTextUnitPath('task-16')).toBe('/full-text/#task-16-h');
    expect(correctionPath('C07')).toBe('/corrections/#C07');
    expect(routeParam(unitPath(unit))).toBe('plan/tasks/16');
  });
  it('lists every page as a site-relative path', () => {
    // Folders end in a slash, files in an extension; only Pagefind's bundle sits one folder down. Only the
    // archive's single file has a Chinese name, 全文.html, which a phone shows in a chat app as it is.
    for (const path of Object.values(ROUTES))
      expect(path).toMatch(/^\/(?:[a-z0-9-]+\/)?([a-z0-9-]+\/|[\p{Script=Han}a-z0-9-]+\.[a-z]+)?$/u);
  });
});

describe('printed citations (复制引用)', () => {
  const title = '綦江区关于“十四五”职业教育发展提升行动计划实施方案';
  it.each<[string, string | undefined, string | undefined]>([
    ['task-09', undefined, '《綦江区关于“十四五”职业教育发展提升行动计划实施方案》二（四）9'],
    ['task-09', 'task-09.p1', '《綦江区关于“十四五”职业教育发展提升行动计划实施方案》二（四）9'],
    ['section-3', 'section-3.p4', '《綦江区关于“十四五”职业教育发展提升行动计划实施方案》一（三）第4段'],
    ['section-3', undefined, '《綦江区关于“十四五”职业教育发展提升行动计划实施方案》一（三）'],
    ['measure-2', undefined, '《綦江区关于“十四五”职业教育发展提升行动计划实施方案》三（二）'],
    ['task-26', undefined, '《綦江区关于“十四五”职业教育发展提升行动计划实施方案》二（十一）26'],
    ['part-2', undefined, '《綦江区关于“十四五”职业教育发展提升行动计划实施方案》二'],
    ['notice', 'notice.p1', undefined],
    ['front', 'front.p1', undefined],
  ])('%s %s is cited as %s', (key, id, citation) => {
    const unit = plan.byKey.get(key)!;
    const block = id ? resolveRef(plan, id).block : undefined;
    expect(formalCitation(plan, title, unit, block)).toBe(citation);
  });
});

describe('citations of the plan', () => {
  it.each([
    ['task-16.p1', '重点任务第16项', '/plan/tasks/16/#p1'],
    ['section-3.p1', '总体要求（三）第1段', '/plan/general/goals/#p1'],
    ['section-1.p1', '总体要求（一）', '/plan/general/guiding/#p1'],
    ['measure-2.p1', '保障措施（二）', '/plan/measures/2/#p1'],
    ['group-04.h', '重点任务（四）', '/plan/groups/04/'],
    ['part-2.h', '二、重点任务', '/plan/tasks/'],
    ['notice.p1', '印发通知', '/notice/#p1'],
    ['front.t1', '方案标题', '/plan/'],
    ['front.p1', '方案前言', '/plan/#p1'],
  ])('%s is cited as %s at %s', (id, label, path) => {
    const { unit, block } = resolveRef(plan, id);
    expect(citeLabel(plan, unit, block)).toBe(label);
    expect(blockPath(unit, block)).toBe(path);
  });
  it.each([
    ['task-99.p1', /no block "task-99\.p1"; ids are a unit key and a block name, such as task-16\.p1/],
    ['task-16.p2', /no block "task-16\.p2"; task-16 has task-16\.h, task-16\.p1$/],
    ['task-16', /no block "task-16"; task-16 has/],
  ])('refuses %s and says which ids exist', (id, message) => {
    expect(() => resolveRef(plan, id)).toThrow(message);
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
  it('lists the notice and the title page at the top, parts below the title page', () => {
    const toc = buildToc(plan);
    expect(toc.map((n) => n.key)).toEqual(['notice', 'front']);
    expect(toc[1]!.children.map((n) => n.label)).toEqual(['总体要求', '重点任务', '保障措施']);
    expect(toc[1]!.children[1]!.children[0]!.children.map((n) => n.marker)).toEqual(['1', '2', '3']);
  });
  it('gives a task its full chain of breadcrumbs', () => {
    expect(breadcrumbs(plan, 'task-09').map((c) => c.path)).toEqual([
      '/plan/',
      '/plan/tasks/',
      '/plan/groups/04/',
      '/plan/tasks/09/',
    ]);
  });
  it('puts units in reading order whatever order they arrive in', () => {
    const shuffled = [...plan.units].reverse();
    shuffled.push(shuffled.splice(7, 1)[0]!);
    expect(assemblePlan(shuffled).units.map((u) => u.key)).toEqual(plan.units.map((u) => u.key));
    expect(plan.units.slice(0, 5).map((u) => u.key)).toEqual(['notice', 'front', 'part-1', 'section-1', 'section-2']);
  });
  it('titles a page with its number and title, a gap after a bare digit', () => {
    expect(['notice', 'front', 'part-1', 'section-2', 'task-09'].map((k) => pageTitleOf(plan.byKey.get(k)!))).toEqual([
      '印发通知',
      '方案标题与前言',
      '一、总体要求',
      '（二）基本原则',
      '9 加强高水平职教师资队伍建设',
    ]);
  });
  it('walks in document order across groups and parts', () => {
    expect(prevNext(plan, 'task-03').next?.key).toBe('group-02');
    expect(prevNext(plan, 'task-26').next?.key).toBe('part-3');
    expect(prevNext(plan, 'notice').prev).toBeUndefined();
    expect(prevNext(plan, 'measure-4').next).toBeUndefined();
  });
});

describe('exports', () => {
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
    const j = planJson(
      plan,
      doc,
      { termsByUnit: {}, relations: [], targets: [], summaries: {}, sources: [], followUps: [] },
      (p: string) => p,
    );
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

describe('navCurrent', () => {
  it.each<[string, string, string, 'page' | 'true' | undefined]>([
    ['its own page', '/plan/', '/plan/', 'page'],
    ['a task under 方案', '/plan/', '/plan/tasks/09/', 'true'],
    ['a part under 方案', '/plan/', '/plan/general/', 'true'],
    ['another entry', '/plan/', '/full-text/', undefined],
    ['the glossary under 术语表', '/glossary/', '/glossary/sanjiao-gaige/', 'true'],
    ['home is under nothing', '/', '/plan/', undefined],
    ['a shared prefix is not a parent', '/plan/', '/plan.json', undefined],
  ])('%s', (_, entry, path, want) => {
    expect(navCurrent(entry, path)).toBe(want);
  });
});

describe('singleFileLink', () => {
  it.each([
    ['/full-text/#task-09-h', '#task-09-h'],
    ['/glossary/shuangshixing-jiaoshi/', '#glossary-shuangshixing-jiaoshi'],
    ['/corrections/', '#corrections'],
    ['/corrections/#C04', '#C04'],
  ])('keeps %s inside the file: %s', (target, href) => {
    expect(singleFileLink(target)).toBe(href);
  });
  it.each(['/plan/tasks/09/', '/full-text/', '/glossary/', '/glossary/x/#more', '/search/?q=1'])(
    'refuses %s, a page the file does not hold',
    (target) => {
      expect(() => singleFileLink(target)).toThrow(/single-file 全文 cannot link to/);
    },
  );
});
