/**
 * The plan's hedges kept in our words (src/lib/hedges.ts), with cases made
 * from the slips an audit found: the 一句话看懂 of task 19 and the arrow
 * 初中→中职 dropped 推动建立, 双师型教师's definition said 大力, and
 * encouragement (支持) became 要求. Each case ran red on the old words.
 */
import { describe, expect, it } from 'vitest';
import { claimOfLine, claimsOf, type Claim } from '../../src/lib/claims.ts';
import { formatProblem } from '../../src/lib/content-problem.ts';
import {
  clausesOf,
  hedgeProblems,
  hedgesIn,
  paraphrasedClauses,
  quotedClauses,
  type HedgeContext,
} from '../../src/lib/hedges.ts';
import type { Hedge } from '../../src/schemas/hedge.ts';

const BLOCKS: Record<string, string> = {
  'task-19.p1':
    '完善中等职业教育招生制度，按照各校办学条件核定专业招生计划。推动建立以初中学业水平考试成绩为主要依据，参考初中阶段综合素质评价的招生录取办法。逐步建立学生家长自主申报、区级统筹宏观管理、学校依规依章录取的运行机制。',
  'task-09.p1':
    '提升教师双师素质，实施职业院校教师素质提高计划。支持校企共建示范性教师企业实践流动站、双师型教师培训基地，推动企业高技能人才和职业院校教师在校企之间双向流动，实施双师型教师分类分级认证，推动全区双师型教师占比达到专业教师总数的60%以上。',
  'section-3.p1':
    '2025年，全区中等职业学校全部达到国家设置标准。尽最大可能集聚8所高校、5万大学生。双师型教师不低于专业教师总数的60%。',
  'task-24.p1': '强化技术研发能力，支持职业院校与行业企业共建技术研发与应用中心，面向中小微企业开展技术研发工作。',
  'task-05.p1': '鼓励职业院校建设中小学校劳动教育、职业启蒙教育基地，为普通高中开展职业教育提供资源支持。',
};
const HEDGES: Hedge[] = [
  { words: '推动建立', keeps: ['推动建立', '推动'], encourages: false },
  { words: '逐步建立', keeps: ['逐步'], encourages: false },
  { words: '尽最大可能', keeps: ['尽最大可能'], encourages: false },
  { words: '推动', keeps: ['推动'], encourages: true },
  { words: '支持', keeps: ['支持'], encourages: true },
  { words: '鼓励', keeps: ['鼓励'], encourages: true },
];
const CTX: HedgeContext = {
  blockText: (id) => BLOCKS[id],
  hedges: HEDGES,
  degree: ['大力', '全面'],
  allow: [],
  termForms: ['初中学业水平考试', '综合素质评价', '双师型教师'],
};
const TERMS: Record<string, string> = {
  'chuzhong-xueye-shuiping-kaoshi': '初中学业水平考试',
  'zonghe-suzhi-pingjia': '综合素质评价',
};
const summary = (text: string): Claim[] =>
  claimsOf('content/summaries/task-19.mdx', text, 1, (s) => TERMS[s]).map((c) => ({ ...c, refs: ['task-19.p1'] }));
const problems = (claims: Claim[], kept: string[] = [], ctx = CTX) =>
  claims.flatMap((c) => hedgeProblems(c, ctx, kept)).map(formatProblem);

describe('clauses of the plan', () => {
  it('are cut at ，；。：', () => {
    expect(clausesOf('推动建立甲，参考乙。逐步建立丙、丁：戊').map((c) => c.text)).toEqual([
      '推动建立甲',
      '参考乙',
      '逐步建立丙、丁',
      '戊',
    ]);
  });
  it('a quote cites the clauses it spans', () => {
    const text = BLOCKS['task-19.p1']!;
    expect(quotedClauses(text, '以初中学业水平考试成绩为主要依据，参考初中阶段').map((c) => c.text)).toEqual([
      '推动建立以初中学业水平考试成绩为主要依据',
      '参考初中阶段综合素质评价的招生录取办法',
    ]);
  });
  it('a paraphrase cites the clause it shares the longest run with, at least five characters', () => {
    const text = BLOCKS['task-19.p1']!;
    expect(paraphrasedClauses(text, '中职招生主要看初中学业水平考试成绩').map((c) => c.text)).toEqual([
      '推动建立以初中学业水平考试成绩为主要依据',
    ]);
    expect(paraphrasedClauses(text, '学校按规定录取')).toEqual([]);
    // A definition's own term ties it to no clause.
    expect(paraphrasedClauses(text, '初中学业水平考试就是中考', ['初中学业水平考试'])).toEqual([]);
  });
  it.each<[string, string[]]>([
    ['推动建立以初中学业水平考试成绩为主要依据', ['推动建立']],
    ['支持职业院校与行业企业共建技术研发与应用中心', ['支持']],
    ['配合和支持符合条件的专科高职院校', ['支持']],
    ['为普通高中开展职业教育提供资源支持', []],
    ['营造全社会重视、关心、支持、认同职业教育和技能人才的良好氛围', []],
    ['落实推动职业教育高质量发展的各项配套政策', []],
  ])('the hedges of “%s”: %j (a verb of encouragement only where it heads its clause)', (clause, want) => {
    expect(hedgesIn(clause, HEDGES).map((h) => h.words)).toEqual(want);
  });
});

describe('a sentence of ours keeps the hedge of the clause it cites', () => {
  it.each<[string, Claim[], string | undefined]>([
    [
      'task 19’s 一句话看懂 as it was',
      summary(
        '方案要求中职招生主要看<Term slug="chuzhong-xueye-shuiping-kaoshi" />成绩，再参考初中的<Term slug="zonghe-suzhi-pingjia" />；学生和家长自己报名，学校按规定录取。',
      ),
      "content/summaries/task-19.mdx:1 drops the plan's hedge “推动建立”: task-19.p1 says “推动建立以初中学业水平考试成绩为主要依据”",
    ],
    [
      'task 19’s 一句话看懂 now',
      summary(
        '方案提出推动建立主要看<Term slug="chuzhong-xueye-shuiping-kaoshi" />成绩、参考<Term slug="zonghe-suzhi-pingjia" />的中职录取办法，逐步做到家长和学生自主申报、区级统筹管理、学校按规定录取。',
      ),
      undefined,
    ],
    [
      'the arrow 初中→中职 as it was',
      [
        {
          ...claimOfLine('content/pathways.yaml', 8, '中职录取，主要看初中学业水平考试成绩', []),
          quotes: [{ block: 'task-19.p1', words: '推动建立以初中学业水平考试成绩为主要依据' }],
        },
      ],
      "content/pathways.yaml:8 drops the plan's hedge “推动建立”",
    ],
    [
      'the arrow 初中→中职 now',
      [
        {
          ...claimOfLine('content/pathways.yaml', 8, '推动建立主要看初中学业水平考试成绩的录取办法', []),
          quotes: [{ block: 'task-19.p1', words: '推动建立以初中学业水平考试成绩为主要依据' }],
        },
      ],
      undefined,
    ],
    [
      'an answer that quotes after the hedge',
      claimsOf(
        'content/faq/03.mdx',
        '方案要求推动建立<Quote from="task-19.p1">以初中学业水平考试成绩为主要依据</Quote>。',
        6,
        () => undefined,
      ),
      undefined,
    ],
    [
      'an answer that quotes the clause without its hedge',
      claimsOf(
        'content/faq/03.mdx',
        '方案要求<Quote from="task-19.p1">以初中学业水平考试成绩为主要依据</Quote>。',
        6,
        () => undefined,
      ),
      "content/faq/03.mdx:6 drops the plan's hedge “推动建立”",
    ],
    [
      '支持 made 要求 (task 24’s 一句话看懂 as it was)',
      claimsOf(
        'content/summaries/task-24.mdx',
        '方案要求职业院校与行业企业共建技术研发与应用中心。',
        1,
        () => undefined,
      ).map((c) => ({ ...c, refs: ['task-24.p1'] })),
      'The plan only says 支持 there; keep “支持” rather than make it 要求 or a fact',
    ],
    [
      'a sentence pointing back to the block before',
      claimsOf(
        'content/faq/03.mdx',
        '见<Ref to="task-19.p1" />。同一项还要求学生家长自主申报、区级统筹宏观管理。',
        6,
        () => undefined,
      ),
      "drops the plan's hedge “逐步建立”",
    ],
    [
      'a sentence pointing back that only names a term',
      claimsOf(
        'content/guide/01.mdx',
        '见<Ref to="task-19.p1" />。这里说的是初中学业水平考试和综合素质评价。',
        6,
        () => undefined,
      ),
      undefined,
    ],
  ])('%s', (_, claims, message) => {
    const found = problems(claims);
    if (message === undefined) expect(found).toEqual([]);
    else expect(found).toEqual([expect.stringContaining(message)]);
  });

  it('a label keeps its clause’s hedge beside it (the target’s own `hedge`)', () => {
    const label = {
      ...claimOfLine('content/targets.yaml', 12, '8所高校', []),
      quotes: [{ block: 'section-3.p1', words: '8所高校' }],
    };
    expect(problems([label])).toEqual([expect.stringContaining("drops the plan's hedge “尽最大可能”")]);
    expect(problems([label], ['尽最大可能'])).toEqual([]);
  });
});

describe('words of degree stand where the plan says them', () => {
  const definition = (text: string) =>
    claimOfLine('content/glossary/shuangshixing-jiaoshi.mdx', 6, text, ['section-3.p1', 'task-09.p1'], ['双师型教师']);
  it.each<[string, string, string[]]>([
    [
      'the definition of 双师型教师 as it was',
      '双师型教师是方案要求大力培养的一类职业院校专业教师，目标是到2025年不低于专业教师总数的60%；方案没有给出认定标准。',
      ["drops the plan's hedge “推动”", 'says “大力” in its own words'],
    ],
    [
      'the definition now',
      '双师型教师是职业院校专业教师中的一类；方案提出推动其占比达到专业教师总数的60%以上，没有给出认定标准。',
      [],
    ],
  ])('%s', (_, text, want) => {
    expect(problems([definition(text)])).toEqual(want.map((w) => expect.stringContaining(w)));
  });
});

describe('an editor may excuse a sentence, with a reason', () => {
  const arrow = {
    ...claimOfLine('content/pathways.yaml', 13, '高中阶段有读中职和读普通高中两条路', []),
    quotes: [{ block: 'section-3.p1', words: '尽最大可能集聚8所高校' }],
  };
  it('only the sentence and word named', () => {
    const allow = [
      { file: 'content/pathways.yaml', word: '尽最大可能', sentence: '两条路', reason: '箭头不涉及这个限定。' },
    ];
    expect(problems([arrow], [], { ...CTX, allow })).toEqual([]);
    expect(problems([arrow], [], { ...CTX, allow: [{ ...allow[0]!, word: '逐步' }] })).toHaveLength(1);
    expect(problems([arrow], [], { ...CTX, allow: [{ ...allow[0]!, file: 'content/faq/01.mdx' }] })).toHaveLength(1);
  });
});
