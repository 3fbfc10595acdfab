/**
 * 院校与项目 as the loader checks content/institutions.yaml: each quote is
 * the plan's own words and names the entry, and no place the plan names an
 * entry is left out, while a longer name (渝南职教城) speaks for the shorter
 * words it holds (职教城).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem.ts';
import { checkInstitutions } from '../../src/lib/institutions.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import type { Institution } from '../../src/schemas/institution.ts';

const blocks = [
  { id: 'task-06.p1', text: '推动重庆德国埃森大学的落地。在永桐新城加快职教城建设进度。' },
  { id: 'task-10.p1', text: '完成渝南职教城（一期）建设。' },
  { id: 'task-22.p1', text: '推动重庆德国埃森大学项目落地。' },
];
const aisen: Institution = {
  slug: 'aisen',
  kind: 'college',
  words: '重庆德国埃森大学',
  mentions: [
    { block: 'task-06.p1', quote: '推动重庆德国埃森大学的落地' },
    { block: 'task-22.p1', quote: '推动重庆德国埃森大学项目落地' },
  ],
};
const yongtong: Institution = {
  slug: 'yongtong',
  kind: 'place',
  words: '职教城',
  mentions: [{ block: 'task-06.p1', quote: '在永桐新城加快职教城建设进度' }],
};
const yunan: Institution = {
  slug: 'yunan',
  kind: 'place',
  words: '渝南职教城',
  mentions: [{ block: 'task-10.p1', quote: '完成渝南职教城（一期）建设' }],
};
const check = (...items: Institution[]) =>
  checkInstitutions(
    'content/institutions.yaml',
    items.map((item, i) => ({ item, line: 10 * (i + 1) })),
    blocks,
  ).map(formatProblem);

describe('院校与项目', () => {
  it('accepts entries that quote every place, a longer name speaking for the words it holds', () => {
    expect(check(aisen, yongtong, yunan)).toEqual([]);
  });
  it.each<[string, Institution[], string]>([
    [
      'a place left out',
      [{ ...aisen, mentions: aisen.mentions.slice(0, 1) }],
      'content/institutions.yaml:10 aisen: task-22.p1 names “重庆德国埃森大学” too',
    ],
    [
      'words the shorter entry must answer for when no longer name holds them',
      [yongtong],
      'yongtong: task-10.p1 names “职教城” too',
    ],
    [
      'a quote the block does not hold',
      [{ ...yunan, mentions: [{ block: 'task-10.p1', quote: '建成渝南职教城' }] }],
      'task-10.p1 does not hold “建成渝南职教城”',
    ],
    [
      'a quote that does not name it',
      [{ ...yunan, mentions: [...yunan.mentions, { block: 'task-06.p1', quote: '在永桐新城' }] }],
      'the quote “在永桐新城” does not name “渝南职教城”',
    ],
    [
      'an unknown block',
      [{ ...yunan, mentions: [...yunan.mentions, { block: 'task-99.p1', quote: '渝南职教城' }] }],
      'no block "task-99.p1"',
    ],
    [
      'a slug used twice',
      [yunan, { ...yongtong, slug: 'yunan' }, yongtong],
      'content/institutions.yaml:20 slug "yunan" is taken',
    ],
  ])('refuses %s', (_, items, says) => {
    expect(check(...items).join('\n')).toContain(says);
  });
  it('lists every school, college, place and project the plan names, 永桐新城的职教城 apart from 渝南职教城', () => {
    const { data } = loadPlan('content');
    expect(data.institutions.map((i) => i.words)).toEqual(
      expect.arrayContaining([
        '重庆经贸职业学院綦江校区',
        '重庆电讯职业学院綦江校区',
        '重庆健康工程职业学院',
        '重庆信息安全学院',
        '重庆德国埃森大学',
        '綦江职业技术学校',
        '重庆市医科学校',
        '渝南职教城',
        '职教城',
      ]),
    );
  });
});
