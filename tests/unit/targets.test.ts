/**
 * 2025目标一览's pure parts: the figures the chart reads from the plan's own
 * words, the bars drawn from them, and the timeline's dated steps as the
 * loader checks them.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem.ts';
import { cardLabel, chartBars, checkMilestones, figuresOf, timeline } from '../../src/lib/targets.ts';
import type { Milestone } from '../../src/schemas/milestone.ts';
import type { Source } from '../../src/schemas/source.ts';
import { sourceFixture } from '../support/source-fixture.ts';

describe('figures in a target', () => {
  it.each<[string, Array<[string, number[]]>]>([
    [
      '职普比由3.2:6.8提升为4:6',
      [
        ['ratio', [3.2, 6.8]],
        ['ratio', [4, 6]],
      ],
    ],
    ['双师型教师不低于专业教师总数的60%', [['percent', [60]]]],
    ['占比达到６０％以上', []],
    ['比例为1：2', [['ratio', [1, 2]]]],
    ['达到55.5％', [['percent', [55.5]]]],
    ['8所高校', []],
    ['5万大学生', []],
  ])('%s', (quote, want) => {
    expect(figuresOf(quote).map((f) => [f.kind, f.values])).toEqual(want);
  });
});

describe('the chart', () => {
  it('draws a bar per figure, under the words from the figure before', () => {
    const bars = chartBars([
      { id: 'zhipubi', label: '职普比', block: 'b', quote: '职普比由3.2:6.8提升为4:6' },
      { id: 'gaoxiao', label: '8所高校', block: 'b', quote: '8所高校' },
      { id: 'shuangshi', label: '双师型', block: 'b', quote: '双师型教师不低于60%' },
    ]);
    expect(bars.map((b) => [b.target, b.words, b.shares, b.whole])).toEqual([
      ['zhipubi', '职普比由3.2:6.8', [3.2, 6.8], 10],
      ['zhipubi', '提升为4:6', [4, 6], 10],
      ['shuangshi', '双师型教师不低于60%', [60, 40], 100],
    ]);
  });
});

const m = (id: string, when: string, year: number, block: string, quote: string, hedge?: string): Milestone => ({
  kind: 'planned',
  id,
  when,
  year,
  label: `计划${when}的${id}`,
  block,
  quote,
  ...(hedge ? { hedge } : {}),
});

describe('a target’s card on the home page', () => {
  it.each<[string, string, string | undefined]>([
    ['8所高校', '8所高校', undefined],
    ['5万大学生', '5万大学生', undefined],
    // Only the same words, in one piece, count as said: a shorter label of other words still helps.
    ['职普比达到4:6', '职普比由3.2:6.8提升为4:6', '职普比达到4:6'],
    ['在校生1万人', '在校生达到1万人', '在校生1万人'],
    ['老年教育示范校（基地）', '建设老年教育示范校（基地）', undefined],
  ])('label %s over the quote %s shows %s', (label, quote, shown) => {
    expect(cardLabel({ label, quote })).toBe(shown);
  });
});

describe('the timeline', () => {
  it('groups steps by the plan’s words for when, in order of year, then of the file', () => {
    const groups = timeline([
      m('a', '2025年', 2025, 'x', 'a'),
      m('b', '2023年', 2023, 'x', 'b'),
      m('c', '十四五期间', 2025, 'x', 'c'),
      m('d', '2023年', 2023, 'x', 'd'),
    ]);
    expect(groups.map((g) => [g.when, g.items.map((i) => i.id)])).toEqual([
      ['2023年', ['b', 'd']],
      ['2025年', ['a']],
      ['十四五期间', ['c']],
    ]);
  });
});

/** A page of each kind, as content/sources.yaml would list it. */
const page = (id: string, kind: Source['kind'], words: string[]): Source => sourceFixture(id, kind, { words });
const SOURCES = new Map(
  [
    page('notice-page', 'issuer', ['现印发给你们']),
    page('repost', 'unofficial-repost', ['现印发给你们']),
    page('news', 'media', ['渝南职教城（一期）建成']),
  ].map((s) => [s.id, s]),
);
const happened = (source: string, says: string): Milestone => ({
  kind: 'happened',
  id: 'yinfa',
  when: '2023年3月24日',
  year: 2023,
  label: '区教委印发本方案',
  source,
  says,
});

describe('dated steps as the loader checks them', () => {
  const blocks: Record<string, string> = {
    'task-10.p1': '改善办学条件，2023年，完成渝南职教城（一期）建设。2025年，全部达标。',
    'task-06.p1': '十四五期间，力争在綦高校达到8所。',
  };
  const check = (...items: Milestone[]) =>
    checkMilestones(
      'content/milestones.yaml',
      items.map((item, i) => ({ item, line: 10 * (i + 1) })),
      { blockText: (id) => blocks[id], sources: SOURCES, sourcesFile: 'content/sources.yaml' },
    ).map(formatProblem);
  it('accepts the plan’s words for when and what, in order', () => {
    expect(
      check(
        m('a', '2023年', 2023, 'task-10.p1', '完成渝南职教城（一期）建设'),
        m('b', '十四五期间', 2025, 'task-06.p1', '在綦高校达到8所', '力争'),
      ),
    ).toEqual([]);
  });
  it.each<[string, Milestone[], string]>([
    ['an unknown block', [m('a', '2023年', 2023, 'task-99.p1', 'x')], ':10 [block] the plan has no block "task-99.p1"'],
    [
      'a misquote',
      [m('a', '2023年', 2023, 'task-10.p1', '完成渝南职教城建设')],
      ':10 [quote] task-10.p1 does not hold',
    ],
    [
      'a date the block lacks',
      [m('a', '2024年', 2024, 'task-10.p1', '全部达标')],
      ':10 [when] task-10.p1 does not hold “2024年”',
    ],
    [
      'a date after its step',
      [m('a', '2025年', 2025, 'task-10.p1', '完成渝南职教城（一期）建设')],
      ':10 [when] “2025年” comes after',
    ],
    [
      'a year that contradicts the date',
      [m('a', '2023年', 2025, 'task-10.p1', '完成渝南职教城（一期）建设')],
      ':10 [year] is 2025 but “2023年” says 2023',
    ],
    [
      'a hedge the block lacks',
      [m('a', '十四五期间', 2025, 'task-06.p1', '在綦高校达到8所', '尽最大可能')],
      ':10 [hedge]',
    ],
    [
      'an id used twice',
      [
        m('a', '2023年', 2023, 'task-10.p1', '完成渝南职教城（一期）建设'),
        m('a', '2025年', 2025, 'task-10.p1', '全部达标'),
      ],
      ':20 [id] id "a" is taken by the step on line 10',
    ],
  ])('refuses %s', (_, items, want) => {
    expect(check(...items)).toEqual([expect.stringContaining(`content/milestones.yaml${want}`)]);
  });

  // The three 2023 labels the timeline showed as events, and the fix the plan's words allow.
  it.each<[string, string, string | undefined]>([
    ['渝南职教城（一期）建成', '完成渝南职教城（一期）建设', '建成'],
    ['綦江职业技术学校建成', '綦江职业技术学校建设', '建成'],
    ['重庆市医科学校（一期）迁建完成', '重庆市医科学校（一期）迁建', '完成'],
    ['计划2023年完成渝南职教城（一期）建设', '完成渝南职教城（一期）建设', undefined],
    ['计划2023年完成綦江职业技术学校建设', '綦江职业技术学校建设', undefined],
    ['计划2023年完成重庆市医科学校（一期）迁建', '重庆市医科学校（一期）迁建', undefined],
  ])('a planned step labelled “%s”', (label, quote, done) => {
    const blocks10 = '2023年，完成渝南职教城（一期）建设、綦江职业技术学校建设和重庆市医科学校（一期）迁建。';
    const problems = checkMilestones(
      'content/milestones.yaml',
      [{ item: { ...m('a', '2023年', 2023, 'task-10.p1', quote), label }, line: 10, fields: { label: 13 } }],
      { blockText: () => blocks10, sources: SOURCES, sourcesFile: 'content/sources.yaml' },
    ).map(formatProblem);
    expect(problems).toEqual(
      done
        ? [
            `content/milestones.yaml:13 [label] “${label}” reads as done (“${done}”), but the plan only sets it as an aim; frame it as one (计划2023年完成…), or make it a step of kind happened with an official source that says so`,
          ]
        : [],
    );
  });

  it.each<[string, Milestone, string | undefined]>([
    ['on the issuer’s page, in its words', happened('notice-page', '现印发给你们'), undefined],
    ['on an unofficial repost', happened('repost', '现印发给你们'), 'an unofficial repost'],
    ['in the media', happened('news', '渝南职教城（一期）建成'), 'a media report'],
    ['on a page the sources do not list', happened('elsewhere', '现印发给你们'), 'does not list'],
    ['in words the page does not hold', happened('notice-page', '已经印发'), 'not among the words'],
  ])('a step that happened, %s', (_, step, message) => {
    const problems = check(step);
    if (message === undefined) expect(problems).toEqual([]);
    else
      expect(problems).toEqual([
        expect.stringMatching(new RegExp(`^content/milestones\\.yaml:10 \\[source\\] .*${message}`)),
      ]);
  });
});
