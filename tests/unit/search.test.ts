/**
 * The search core without a browser: the query folded and understood, and
 * pages kept and ranked by their literal text. Expected pages were chosen by
 * reading the plan, not computed.
 */
import { describe, expect, it } from 'vitest';
import { searchParts } from '../../src/lib/search-docs.ts';
import { facets, passes, readFilters, type SearchFilters } from '../../src/lib/search-filter.ts';
import { createQueryParser, foldForSearch } from '../../src/lib/search-query.ts';
import { createRanker } from '../../src/lib/search-rank.ts';
import { createMatcher } from '../../src/lib/terms.ts';
import { assemblePlan } from '../../src/lib/model.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { contentSearchData } from '../support/search-data.ts';

const { data } = loadPlan('content');
const plan = assemblePlan(data.units);
const site = contentSearchData();
// The plan's pages and glossary entries: the parents' pages are tested with the whole core (search-core.test.ts).
const docs = site.docs.filter((d) => d.kind !== 'guide');
const parser = createQueryParser(site.lexicon, site.leads);
const ranker = createRanker(createMatcher(site.lexicon));
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
  it.each<[string, string]>([
    ['办学条件整体提升，学校布局', '办学条件整体提升\n学校布局'],
    ['“三全育人”“五育并举”全面推进', '三全育人五育并举全面推进'],
    ['职普比由3.2:6.8提升为4:6。', '职普比由3268提升为46\n'],
    ['德艺（技）双馨、能工巧匠；', '德艺技双馨\n能工巧匠\n'],
  ])('in the text searched, clause marks break and quotes do not: %s', (text, folded) => {
    expect(foldForSearch(text, { breaks: true }).folded).toBe(folded);
  });
  it('does not find 升学 across the comma of 提升，学校 (主要目标)', () => {
    const goals = search('升学').find((r) => r.doc.id === 'section-3');
    expect(goals).toBeUndefined();
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
    ['中考怎么录取', ['中考', '录取'], ['怎么']],
    ['职高能考大学吗', ['职高', '考大学'], ['能', '吗']],
    ['中职能考大学吗', ['zhongdeng-zhiye-xuexiao', '考大学'], ['能', '吗']],
    ['学什么专业呢', ['专业'], ['学', '什么', '呢']],
    ['老年大学', ['老年大学'], []],
    ['学什么专业', ['专业'], ['学', '什么']],
    ['网课', ['网课'], []],
    ['綦江有哪些大学', ['綦江', '大学'], ['有', '哪些']],
    ['<img src=x onerror=alert(1)>', ['IMGSRC', 'XONERROR', 'ALERT1'], ['<', '=', '=', '>']],
  ])('%s', (q, groups, dropped) => {
    expect(parsed(q)).toEqual({ groups, dropped });
  });
  it('keeps a related word as typed, and leads it loosely to every form of its entry', () => {
    const [group] = parser.parse('职高').groups;
    expect(group).toMatchObject({ typed: '职高', forms: ['职高'], entries: ['zhongdeng-zhiye-xuexiao'] });
    expect(group!.loose).toEqual(expect.arrayContaining(['中等职业学校', '中职学校', '中职']));
  });
  it('expands a term or alias into every form of its term, strictly', () => {
    expect(parser.parse('中职').groups[0]!.forms).toEqual(expect.arrayContaining(['中等职业学校', '中职学校', '中职']));
  });
  it('leads a guide section’s related word to the section, with the words there that answer it', () => {
    expect(parser.parse('多少钱').groups[0]).toMatchObject({
      typed: '多少钱',
      forms: ['多少钱'],
      leads: [{ doc: 'guide:meiyou-xie', see: '学费和资助' }],
    });
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

  it('ranks a page covering more parts of the query first, even loosely: 职高 多少钱', () => {
    const lexicon = [{ slug: 'zz', term: '中等职业学校', aliases: ['中职'], notIn: [], words: ['职高'], near: [] }];
    const leads = [{ word: '多少钱', doc: 'b', see: '学费' }];
    const page = (id: string, text: string) => ({
      id,
      url: `/${id}/`,
      title: id,
      where: '',
      kind: 'guide' as const,
      blocks: [{ text, title: false }],
    });
    const results = createRanker(createMatcher(lexicon)).rank(createQueryParser(lexicon, leads).parse('职高多少钱'), [
      page('a', '读职高的孩子'),
      page('b', '读中职的学费'),
    ]);
    expect(results.map((r) => [r.doc.id, r.held, r.lacks, r.led])).toEqual([
      ['b', 0, [], ['多少钱']],
      ['a', 1, ['多少钱'], []],
    ]);
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
    // Every page before it holds 实习, or a related form (实习实训, 实训), outside 习近平.
    const forms = ['实习', ...parser.parse('实习').groups[0]!.loose];
    const clear = (id: string) =>
      docs
        .find((d) => d.id === id)!
        .blocks.some((b) => forms.some((f) => b.text.replaceAll('落实习近平', '').includes(f)));
    expect(results.slice(0, front).every((r) => r.held > 0 || clear(r.doc.id))).toBe(true);
    expect(results.slice(front).every((r) => r.held === 0)).toBe(true);
    expect(results[front]).toMatchObject({ held: 0, weak: 1 });
  });

  it('links to the paragraph that holds the match, the match highlighted', () => {
    const [first] = search('鲁班工坊').filter((r) => !r.doc.id.startsWith('glossary:'));
    expect(first!.doc.url).toBe('/plan/tasks/22/');
    expect(first!.block.anchor).toBe('p1');
    expect(first!.excerpt.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['鲁班工坊']);
  });

  it('when only the title holds the match, shows how the page begins instead of the title again', () => {
    const task16 = search('三教改革').find((r) => r.doc.id === 'task-16');
    expect(task16?.block.title).toBe(true);
    expect(task16?.excerpt.parts).toEqual([
      {
        text: '深化教师改革，规范落实职业院校用人自主权，坚持克服五唯顽瘴痼疾，改革教师职务职称晋升和评价机制，稳步提升双优计划院校高级',
        hit: false,
      },
    ]);
    expect(task16?.excerpt.after).toBe(true);
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

describe('narrowing results by part and kind', () => {
  const parts = searchParts(plan).map((p) => p.slug);
  it('offers the three parts, labelled as the plan names them', () => {
    expect(searchParts(plan)).toEqual([
      { slug: 'general', label: '总体要求' },
      { slug: 'tasks', label: '重点任务' },
      { slug: 'measures', label: '保障措施' },
    ]);
  });
  it.each<[string, SearchFilters]>([
    ['part=tasks&kind=plan', { part: 'tasks', kind: 'plan' }],
    ['kind=glossary', { kind: 'glossary' }],
    ['part=&kind=', {}],
    ['part=TASKS&kind=video', {}],
    ['part=%E4%ZZ&kind=<b>', {}],
    ['', {}],
  ])('?%s reads as %j', (query, filters) => {
    expect(readFilters(new URLSearchParams(query), parts)).toEqual(filters);
  });
  it.each<[string, string | undefined]>([
    ['notice', undefined],
    ['front', undefined],
    ['part-1', 'general'],
    ['section-3', 'general'],
    ['group-04', 'tasks'],
    ['task-09', 'tasks'],
    ['measure-4', 'measures'],
  ])('%s sits in part %s', (id, part) => {
    expect(docs.find((d) => d.id === id)?.part).toBe(part);
  });
  it.each<[SearchFilters, string, boolean]>([
    [{}, 'glossary:sanjiao-gaige', true],
    [{ part: 'tasks' }, 'task-16', true],
    [{ part: 'tasks' }, 'glossary:sanjiao-gaige', false],
    [{ part: 'tasks' }, 'section-3', false],
    [{ part: 'tasks' }, 'notice', false],
    [{ kind: 'plan' }, 'notice', true],
    [{ kind: 'glossary' }, 'task-16', false],
    [{ kind: 'glossary', part: 'tasks' }, 'glossary:sanjiao-gaige', false],
  ])('%j keeps %s: %s', (filters, id, kept) => {
    expect(
      passes(
        docs.find((d) => d.id === id)!,
        filters,
      ),
    ).toBe(kept);
  });
  it('counts each choice with the other filter held: 三教改革 is in task 16, 主要目标 and its glossary entry', () => {
    const found = search('三教改革').map((r) => r.doc);
    const count = (f: SearchFilters) => {
      const c = facets(found, f);
      return { part: Object.fromEntries(c.part), kind: Object.fromEntries(c.kind) };
    };
    expect(count({})).toEqual({
      part: { '': 3, general: 1, tasks: 1 },
      kind: { '': 3, plan: 2, glossary: 1 },
    });
    expect(count({ part: 'tasks' })).toEqual({
      part: { '': 3, general: 1, tasks: 1 },
      kind: { '': 1, plan: 1 },
    });
    expect(count({ kind: 'glossary' })).toEqual({
      part: { '': 1 },
      kind: { '': 3, plan: 2, glossary: 1 },
    });
  });
});
