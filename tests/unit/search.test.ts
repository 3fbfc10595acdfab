/**
 * The search core without a browser: the query folded and understood, and
 * pages kept and ranked by their literal text. Expected pages were chosen by
 * reading the plan, not computed.
 */
import { describe, expect, it } from 'vitest';
import { planSearchDocs } from '../../src/lib/search-docs.ts';
import { createQueryParser, foldForSearch } from '../../src/lib/search-query.ts';
import { createRanker } from '../../src/lib/search-rank.ts';
import { createMatcher } from '../../src/lib/terms.ts';
import { assemblePlan } from '../../src/lib/model.ts';
import { loadPlan } from '../../src/loaders/plan.ts';

const { data } = loadPlan('content');
const plan = assemblePlan(data.units);
const docs = planSearchDocs(plan, data.glossary, '术语表');
const parser = createQueryParser(data.glossary);
const ranker = createRanker(createMatcher(data.glossary));
const search = (q: string) => ranker.rank(parser.parse(q), docs);
/** Ids of the plan's own pages in the results, in order (glossary entries may stand above them). */
const planIds = (q: string) =>
  search(q)
    .map((r) => r.doc.id)
    .filter((id) => !id.startsWith('glossary:'));

describe('folding a query', () => {
  it.each<[string, string]>([
    ['1＋X', '1+X'],
    ['双师型 教师', '双师型教师'],
    ['“三教”改革？', '三教改革'],
    ['ｓｃｈｏｏｌ', 'SCHOOL'],
    ['😀😀', ''],
    ['  \t ', ''],
  ])('%s → %s', (raw, folded) => {
    expect(foldForSearch(raw).folded).toBe(folded);
  });
  it('maps each folded character back to the original text', () => {
    const { folded, map } = foldForSearch('“三教”改革');
    expect(folded).toBe('三教改革');
    expect(map).toEqual([1, 2, 4, 5]);
  });
});

describe('understanding a query', () => {
  const parsed = (q: string) => {
    const p = parser.parse(q);
    return { groups: p.groups.map((g) => g.slug ?? g.typed), dropped: p.dropped };
  };
  it.each<[string, string[], string[]]>([
    ['双师型', ['shuangshixing-jiaoshi'], []],
    ['1＋X', ['1x-zhengshu-zhidu'], []],
    ['三教', ['三教'], []],
    ['中考怎么录取', ['chuzhong-xueye-shuiping-kaoshi', '录取'], ['怎么']],
    ['职高能考大学吗', ['zhongdeng-zhiye-xuexiao', 'guantong-peiyang'], ['能', '吗']],
    ['学什么专业呢', ['专业'], ['学', '什么', '呢']],
    ['老年大学', ['laonian-jiaoyu'], []],
    ['学什么专业', ['专业'], ['学', '什么']],
    ['网课', ['网课'], []],
    ['<img src=x onerror=alert(1)>', ['IMGSRC', 'XONERROR', 'ALERT1'], ['<', '=', '=', '>']],
  ])('%s', (q, groups, dropped) => {
    expect(parsed(q)).toEqual({ groups, dropped });
  });
  it('expands an everyday word into every form of its term', () => {
    expect(parser.parse('职高').groups[0]!.forms).toEqual(
      expect.arrayContaining(['中等职业学校', '中职学校', '中职', '职高']),
    );
  });
});

describe('ranking by the literal text', () => {
  it.each<[string, string]>([
    ['双师型', 'task-09'],
    ['三教改革', 'task-16'],
    ['1+X', 'section-2'],
    ['1＋X', 'section-2'],
    ['职普比', 'section-3'],
    ['鲁班工坊', 'task-22'],
    ['招生', 'task-19'],
    ['老年教育', 'task-26'],
    ['中考', 'task-19'],
    ['老年大学', 'task-26'],
    ['重庆德国埃森大学', 'task-06'],
    ['渝南职教城', 'section-3'],
    ['虚拟仿真', 'task-11'],
  ])('%s → %s among the first three plan pages', (q, id) => {
    expect(planIds(q).slice(0, 3)).toContain(id);
  });

  it('ranks pages that hold the term above those that hold only an everyday word for it: 顶岗实习 over 实习', () => {
    const results = search('顶岗实习');
    const holds = (id: string) => docs.find((d) => d.id === id)!.blocks.some((b) => b.text.includes('顶岗实习'));
    const firstLoose = results.findIndex((r) => !holds(r.doc.id));
    expect(firstLoose).toBeGreaterThan(0);
    expect(results.slice(firstLoose).every((r) => !holds(r.doc.id))).toBe(true);
  });

  it('returns only pages that hold the query: 三教改革 is not in task 20', () => {
    const ids = planIds('三教改革');
    expect(ids).not.toContain('task-20');
    for (const id of ids) expect(plan.byKey.get(id)!.blocks.some((b) => b.text.includes('三教改革'))).toBe(true);
  });

  it('ranks a match across a word’s edge below every clean one: 实习 in 落实习近平', () => {
    const results = search('实习');
    const front = results.findIndex((r) => r.doc.id === 'front');
    expect(front).toBeGreaterThan(0);
    expect(results.slice(0, front).every((r) => r.held > 0)).toBe(true);
    expect(results[front]).toMatchObject({ held: 0, weak: 1 });
  });

  it('links to the paragraph that holds the match, the match highlighted', () => {
    const [first] = search('鲁班工坊').filter((r) => !r.doc.id.startsWith('glossary:'));
    expect(first!.doc.url).toBe('/plan/tasks/22/');
    expect(first!.block.anchor).toBe('p1');
    expect(first!.excerpt.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['鲁班工坊']);
  });

  it.each<[string, string]>([
    ['中职能上大学吗', 'task-04'],
    ['职高能考大学吗', 'task-04'],
    ['老人也能学吗', 'task-26'],
    ['孩子去企业实习', 'task-15'],
  ])('answers the question %s with %s among the first three plan pages', (q, id) => {
    expect(planIds(q).slice(0, 3)).toContain(id);
  });

  it('ranks an everyday word’s page above a match across a word’s edge: 实习实训 before 落实习近平', () => {
    const ids = search('孩子去企业实习').map((r) => r.doc.id);
    expect(ids.indexOf('task-02')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('front')).toBeGreaterThan(ids.indexOf('task-02'));
  });

  it('finds, for every term and alias of the glossary, every page whose text holds it', () => {
    const missing: string[] = [];
    for (const t of data.glossary)
      for (const form of [t.term, ...t.aliases]) {
        const folded = foldForSearch(form).folded;
        const found = new Set(search(form).map((r) => r.doc.id));
        for (const d of docs)
          if (d.blocks.some((b) => foldForSearch(b.text).folded.includes(folded)) && !found.has(d.id))
            missing.push(`${form}: ${d.id}`);
      }
    expect(missing).toEqual([]);
  });

  it('does not come back empty for a question whose question words no page holds', () => {
    expect(search('中职能上大学吗').length).toBeGreaterThan(0);
    expect(search('孩子去企业实习').length).toBeGreaterThan(0);
  });

  it.each(['', '   ', '😀😀😀', 'x'.repeat(500), '<img src=x onerror=alert(1)>', '"><script>', '学费', 'zxqvbn'])(
    'gives an empty list, never an exception, for %j',
    (q) => {
      expect(() => search(q)).not.toThrow();
      expect(search(q)).toEqual([]);
    },
  );
});
