import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem, type ContentProblem } from '../../src/lib/content-problem.ts';
import { parseYamlList } from '../../src/lib/yaml-files.ts';
import { checkGlossary, parseGlossaryFile, type GlossarySource } from '../../src/lib/glossary.ts';
import { componentUses } from '../../src/lib/prose.ts';
import { assemblePlan, block, type Unit } from '../../src/lib/model.ts';
import { checkRelations, checkTargets, endpointPlace, relationsOf } from '../../src/lib/relations.ts';
import type { Relation } from '../../src/schemas/relation.ts';
import { targetSchema, type Target } from '../../src/schemas/target.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { badContentCases, contentWithFixture, EDITORIAL_FIXTURES, findProblem } from '../support/fixtures.ts';

/** A small plan: 主要目标 with two targets, tasks 9 and 20, and a measure. */
const unit = (key: string, kind: Unit['kind'], number: number, heading: string, ...paragraphs: string[]): Unit => ({
  key,
  kind,
  number,
  title: heading,
  heading,
  blocks: [block(key, 'h', 'heading', heading), ...paragraphs.map((p, i) => block(key, `p${i + 1}`, 'paragraph', p))],
});
const plan = assemblePlan([
  unit(
    'section-3',
    'section',
    3,
    '（三）主要目标',
    '2025年，尽最大可能集聚8所高校，双师型教师不低于60%。',
    '——建成渝南职教城。',
  ),
  unit('task-06', 'task', 6, '优化职业教育布局', '力争在綦高校达到8所。'),
  unit('task-09', 'task', 9, '加强高水平职教师资队伍建设', '推动双师型教师占比达到60%以上。'),
  unit('task-20', 'task', 20, '改革职业教育评价', '重点评价双师型教师队伍建设。'),
  unit('measure-1', 'measure', 1, '（一）全面加强党的领导', '强化党组织的作用。'),
]);
const TARGETS: Target[] = [
  { id: 'gaoxiao', label: '8所高校', block: 'section-3.p1', quote: '8所高校', hedge: '尽最大可能' },
  { id: 'shuangshi', label: '双师型教师', block: 'section-3.p1', quote: '双师型教师不低于60%' },
];
const lined = <T>(items: T[]) => items.map((item, i) => ({ item, line: 10 * (i + 1) }));
const messages = (problems: ContentProblem[]) => problems.map(formatProblem);

describe('lists in YAML files', () => {
  const file = {
    path: 'content/targets.yaml',
    text: '# targets\n- id: a\n  label: A\n  block: section-3.p1\n  quote: 8所高校\n- id: b\n  lable: B\n  block: section-3.p1\n  quote: 双师型\n',
  };
  it('keeps the line each item starts on, and names the line of a bad field', () => {
    const { items, problems } = parseYamlList(file, targetSchema);
    expect(items.map((i) => [i.item.id, i.line])).toEqual([['a', 2]]);
    expect(messages(problems)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^content\/targets\.yaml:7 \[lable\]/)]),
    );
  });
  it('says where the YAML itself is broken', () => {
    const { problems } = parseYamlList({ path: 'x.yaml', text: '- id: a\n  label: [\n' }, targetSchema);
    expect(messages(problems)[0]).toMatch(/^x\.yaml:\d+ is not valid YAML/);
  });
});

describe('targets', () => {
  it('marks each target’s words in its block', () => {
    const { marks, problems } = checkTargets('t.yaml', lined(TARGETS), plan);
    expect(problems).toEqual([]);
    const text = plan.byKey.get('section-3')!.blocks[1]!.text;
    expect(marks.get('section-3.p1')?.map((m) => text.slice(m.start, m.end))).toEqual([
      '8所高校',
      '双师型教师不低于60%',
    ]);
  });
  it.each<[string, Partial<Target>, string]>([
    ['an unknown block', { block: 'section-3.p9' }, 't.yaml:10 [block] the plan has no block "section-3.p9"'],
    ['a quote the block does not hold', { quote: '9所高校' }, 't.yaml:10 [quote] "9所高校" is not in section-3.p1'],
    ['a hedge the block does not hold', { hedge: '力争' }, 't.yaml:10 [hedge] "力争" is not in section-3.p1'],
  ])('refuses %s', (_, change, message) => {
    const { problems } = checkTargets('t.yaml', lined([{ ...TARGETS[0]!, ...change }]), plan);
    expect(messages(problems)[0]).toContain(message);
  });
  it('refuses two targets with one id, and overlapping quotes', () => {
    const twice = checkTargets('t.yaml', lined([TARGETS[0]!, { ...TARGETS[1]!, id: 'gaoxiao' }]), plan);
    expect(messages(twice.problems)[0]).toContain('t.yaml:20 [id] target "gaoxiao" is listed twice');
    const overlap = checkTargets('t.yaml', lined([TARGETS[1]!, { ...TARGETS[1]!, id: 'x', quote: '双师型' }]), plan);
    expect(messages(overlap.problems)[0]).toContain('overlaps the quote of target "shuangshi"');
  });
});

describe('relations', () => {
  const rel = (from: string, to: string, via: string, kind: Relation['kind'] = 'related'): Relation => ({
    from,
    to,
    kind,
    via,
    reason: '理由。',
  });
  it('resolves units, blocks and targets, and lists each relation at both of its ends', () => {
    const { relations, problems } = checkRelations(
      'r.yaml',
      lined([
        rel('task-09', 'target:shuangshi', '双师型教师', 'serves'),
        rel('task-09', 'task-20', '双师型'),
        rel('measure-1', 'task-09', '双师型', 'supports'),
      ]),
      plan,
      TARGETS,
    );
    expect(messages(problems)).toEqual([
      'r.yaml:30 [via] "双师型" is not in measure-1; via names words of the plan found at both ends',
    ]);
    expect(relations[0]!.to).toMatchObject({ unit: 'section-3', block: 'section-3.p1', target: 'shuangshi' });
    const at20 = relationsOf('task-20', relations);
    expect(at20.map((v) => [v.outgoing, v.there.id])).toEqual([[false, 'task-09']]);
    const at9 = relationsOf('task-09', relations);
    expect(at9.map((v) => [v.outgoing, v.there.id])).toEqual([
      [true, 'target:shuangshi'],
      [true, 'task-20'],
      [false, 'measure-1'],
    ]);
    expect(relationsOf('section-3', relations).map((v) => v.here.target)).toEqual(['shuangshi']);
  });
  it.each<[string, Relation, string]>([
    ['an unknown unit', rel('task-09', 'task-99', '双师型'), 'r.yaml:10 [to] the plan has no "task-99"'],
    ['an unknown block', rel('section-3.p7', 'task-09', '双师型'), 'r.yaml:10 [from] the plan has no "section-3.p7"'],
    ['an unknown target', rel('task-09', 'target:nosuch', '双师型'), 'r.yaml:10 [to] the plan has no "target:nosuch"'],
    ['words missing at one end', rel('task-06', 'task-09', '8所'), 'r.yaml:10 [via] "8所" is not in task-09'],
    ['both ends in one unit', rel('section-3.p1', 'section-3.p2', '2'), 'both ends are in section-3'],
    ['a measure that “serves”', rel('measure-1', 'task-09', '党', 'serves'), 'a task serves a target'],
    ['a task that “supports”', rel('task-09', 'task-20', '双师型', 'supports'), 'a measure supports a task'],
  ])('refuses %s', (_, relation, message) => {
    const { problems } = checkRelations('r.yaml', lined([relation]), plan, TARGETS);
    expect(messages(problems).join('\n')).toContain(message);
  });
  it('refuses the same two ends tied twice', () => {
    const { problems } = checkRelations(
      'r.yaml',
      lined([rel('task-09', 'task-20', '双师型'), rel('task-20', 'task-09', '双师型')]),
      plan,
      TARGETS,
    );
    expect(messages(problems)).toEqual(['r.yaml:20 [to] task-20 and task-09 are tied twice; keep one relation']);
  });
  it('names each end as a reader finds it, with its address', () => {
    expect(endpointPlace(plan, TARGETS, { unit: 'section-3', block: 'section-3.p1', target: 'gaoxiao' })).toEqual({
      path: '/plan/general/goals/#target-gaoxiao',
      label: '目标：8所高校',
    });
    expect(endpointPlace(plan, TARGETS, { unit: 'task-09' })).toEqual({
      path: '/plan/tasks/09/',
      label: '重点任务第9项：加强高水平职教师资队伍建设',
    });
  });
});

describe('glossary entries', () => {
  const file = (slug: string, frontmatter: string, body = '见<Ref to="task-09.p1" />。\n') => ({
    path: `content/glossary/${slug}.mdx`,
    text: `---\n${frontmatter}\n---\n\n${body}`,
  });
  const ok = (slug: string, term: string, extra = '') =>
    file(slug, `term: ${term}\nslug: ${slug}\ndefinition: ${term}是一个词。\nbasis: plan${extra ? `\n${extra}` : ''}`);
  const parse = (...files: ReturnType<typeof file>[]) =>
    files.map((f) => parseGlossaryFile(f)).flatMap((r) => (r.source ? [r.source] : [])) satisfies GlossarySource[];
  const ctx = {
    blockText: (id: string) => plan.units.flatMap((u) => u.blocks).find((b) => b.id === id)?.text,
    uses: new Map([
      ['shuangshi', ['task-09.p1']],
      ['gaoxiao', ['section-3.p1']],
    ]),
  };

  it('finds <Ref>, <Term> and <Quote> in a body with their lines in the file', () => {
    expect(
      componentUses(
        '甲\n\n乙<Ref to="task-09.p1">丙</Ref>\n<Term slug="x" />，<Quote from="task-09.p1">双师型教师</Quote>',
        6,
      ),
    ).toEqual([
      { component: 'Ref', value: 'task-09.p1', line: 8 },
      { component: 'Term', value: 'x', line: 9 },
      { component: 'Quote', value: 'task-09.p1', words: '双师型教师', line: 9 },
    ]);
  });
  it('says which field is wrong, on its line', () => {
    const r = parseGlossaryFile(file('x', 'term: 词\nslug: x\ndefinition: 没有句号\nbasis: plan'));
    expect(messages(r.problems)).toEqual([
      expect.stringMatching(/^content\/glossary\/x\.mdx:4 \[definition\] .*ending with 。/),
    ]);
  });
  it('wants the file named by its slug', () => {
    const r = parseGlossaryFile(file('y', 'term: 词\nslug: x\ndefinition: 词。\nbasis: plan'));
    expect(messages(r.problems)[0]).toContain(
      'content/glossary/y.mdx:3 [slug] the slug is "x" but the file is named y.mdx',
    );
  });
  it('accepts entries that fit together', () => {
    expect(
      checkGlossary(parse(ok('shuangshi', '双师型教师', 'related: [gaoxiao]'), ok('gaoxiao', '高校')), ctx),
    ).toEqual([]);
  });
  it.each<[string, ReturnType<typeof file>[], string]>([
    [
      'a slug taken twice',
      [ok('shuangshi', '双师型教师'), { ...ok('shuangshi', '双师'), path: 'content/glossary/shuangshi-2.mdx' }],
      'content/glossary/shuangshi-2.mdx:3 [slug] slug "shuangshi" is taken by content/glossary/shuangshi.mdx',
    ],
    [
      'an alias two entries claim, whatever its width',
      [ok('shuangshi', '双师型教师', 'aliases: [1+X]'), ok('gaoxiao', '高校', 'aliases: [１＋Ｘ]')],
      'content/glossary/gaoxiao.mdx:6 [aliases] "１＋Ｘ" is claimed by content/glossary/shuangshi.mdx too',
    ],
    [
      'an unknown related term',
      [ok('shuangshi', '双师型教师', 'related: [nosuch]')],
      'content/glossary/shuangshi.mdx:6 [related] there is no glossary entry "nosuch"',
    ],
    [
      'an entry related to itself',
      [ok('shuangshi', '双师型教师', 'related: [shuangshi]')],
      'content/glossary/shuangshi.mdx:6 [related] an entry is not related to itself',
    ],
    [
      'a <Ref> to a block the plan does not have',
      [
        file(
          'shuangshi',
          'term: 双师型教师\nslug: shuangshi\ndefinition: 词。\nbasis: plan',
          '甲\n\n<Ref to="task-99.p1" />\n',
        ),
      ],
      'content/glossary/shuangshi.mdx:10 <Ref to="task-99.p1">: the plan has no block "task-99.p1"',
    ],
    [
      'a <Term> that does not exist',
      [
        file(
          'shuangshi',
          'term: 双师型教师\nslug: shuangshi\ndefinition: 词。\nbasis: plan',
          '<Ref to="task-09.p1" /> <Term slug="nosuch" />\n',
        ),
      ],
      'content/glossary/shuangshi.mdx:8 <Term slug="nosuch">: there is no glossary entry "nosuch"',
    ],
    [
      'an entry based on the plan that the plan never uses',
      [ok('weiyong', '未用词')],
      'content/glossary/weiyong.mdx:2 [term] neither "未用词" nor an alias occurs in the plan',
    ],
  ])('refuses %s', (_, files, message) => {
    expect(messages(checkGlossary(parse(...files), ctx)).join('\n')).toContain(message);
  });
});

describe.each(badContentCases(EDITORIAL_FIXTURES))('bad editorial content: $name', (c) => {
  const dir = join('tests/.tmp/bad-editorial', c.name);
  const content = contentWithFixture(c, dir);
  const problems = (() => {
    try {
      loadPlan(content, dir);
    } catch (e) {
      if (e instanceof ContentError) return e.problems;
      throw e;
    }
    return [];
  })();
  it.each(c.expect)('stops the load with $file:$line $includes', (e) => {
    const match = findProblem(problems, e);
    expect(match, `problems were:\n${problems.map(formatProblem).join('\n')}`).toBeDefined();
  });
});

describe('the real glossary, targets and relations', () => {
  const { data } = loadPlan('content');
  const built = assemblePlan(data.units);
  const textOf = (end: { unit: string; block?: string; target?: string }) => {
    const target = data.targets.find((t) => t.id === end.target);
    if (target) return target.quote;
    const unit = built.byKey.get(end.unit)!;
    return unit.blocks
      .filter((b) => !end.block || b.id === end.block)
      .map((b) => b.text)
      .join('\n');
  };
  it.each(data.relations.map((r) => ({ ...r, name: `${r.from.id} → ${r.to.id}` })))(
    '$name: “$via” stands at both ends',
    (r) => {
      expect(textOf(r.from)).toContain(r.via);
      expect(textOf(r.to)).toContain(r.via);
    },
  );
  // The terms readers look up most, each as the plan or a parent writes it.
  const LISTED =
    `三教改革 1+X证书制度 双师型教师 职普比 职普融通 产教融合 校企合作 产教融合型企业 现代学徒制 企业新型学徒制
    岗课赛证 三全育人 五育并举 课程思政 四史 德技并修 育训结合 双优计划 职业本科 贯通培养 综合高中 鲁班工坊 放管服 五唯
    四有好老师 四个引路人 四个相统一 双带头人 质量年报 诊断与改进 职业技能等级证书 技能型社会 终身教育四级网络 渝南职教城
    永桐新城 成渝地区双城经济圈 綦江万盛一体化 虚拟仿真实训基地 现代产业学院 四个意识 四个自信 两个维护 中等职业学校
    中职学校 中职 高等职业院校 高职院校 高职 职业院校 初中学业水平考试 综合素质评价 顶岗实习 老年教育 社区教育 终身教育`
      .split(/\s+/)
      .filter(Boolean);
  it.each(LISTED)('%s has an entry that lists where the plan uses it', (word) => {
    const entry = data.glossary.find((t) => [t.term, ...t.aliases].includes(word));
    expect(entry, `no entry has the term or alias ${word}`).toBeDefined();
    expect(entry!.uses.length).toBeGreaterThan(0);
  });
  it('has at least 50 entries, each with a definition and a body', () => {
    expect(data.glossary.length).toBeGreaterThanOrEqual(50);
  });
  it('lists 三教改革 among the terms of task 16, which uses it only in its heading', () => {
    expect(data.termsByUnit['task-16']).toContain('sanjiao-gaige');
    const t16 = built.byKey.get('task-16')!;
    expect(t16.blocks.filter((b) => b.text.includes('三教改革')).map((b) => b.role)).toEqual(['heading']);
  });
  it('ties the 双师型 target and task 9 both ways', () => {
    const tie = data.relations.find((r) => r.from.id === 'task-09' && r.to.target === 'shuangshi');
    expect(tie?.kind).toBe('serves');
    expect(relationsOf('section-3', data.relations).some((v) => v.there.unit === 'task-09')).toBe(true);
  });
  it('keeps every official character: term and target marks only wrap text', () => {
    const { expected } = loadPlan('content');
    for (const u of data.units)
      for (const b of u.blocks) {
        expect(b.text).toBe(expected.plan.byKey.get(u.key)!.blocks.find((x) => x.id === b.id)!.text);
        for (const m of b.marks) expect(m.end).toBeLessThanOrEqual(b.text.length);
      }
  });
});
