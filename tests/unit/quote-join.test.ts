/**
 * Quotes side by side (src/lib/quote-join.ts): two quotes of one block joined
 * only by marks must be one run of the plan's words, or show the gap with
 * ……. The first case is the guide's sentence on task 19 as it was: joined
 * by 、, it dropped 区级统筹宏观管理.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem.ts';
import { quoteJoinProblems } from '../../src/lib/quote-join.ts';

const TASK_19 =
  '推动建立以初中学业水平考试成绩为主要依据，参考初中阶段综合素质评价的招生录取办法。逐步建立学生家长自主申报、区级统筹宏观管理、学校依规依章录取的运行机制。';
const q = (words: string) => `<Quote from="task-19.p1">${words}</Quote>`;
const check = (body: string) =>
  quoteJoinProblems('content/guide/01-chuzhong-yihou.mdx', body, 8, (id) =>
    id === 'task-19.p1' ? TASK_19 : undefined,
  ).map(formatProblem);

describe('quotes side by side', () => {
  it.each<[string, string, string | undefined]>([
    [
      'joined by 、 over words the plan has between them (the guide, as it was)',
      `同一项还要求${q('逐步建立学生家长自主申报')}、${q('学校依规依章录取')}的运行机制。`,
      "content/guide/01-chuzhong-yihou.mdx:8 “逐步建立学生家长自主申报” and “学校依规依章录取” are joined by “、” as if they were one run of the plan's words, but task-19.p1 has “、区级统筹宏观管理、” between them",
    ],
    [
      'quoted whole (the guide, now)',
      `同一项还要求${q('逐步建立学生家长自主申报、区级统筹宏观管理、学校依规依章录取的运行机制')}。`,
      undefined,
    ],
    ['with the gap shown', `${q('逐步建立学生家长自主申报')}……${q('学校依规依章录取')}`, undefined],
    [
      'next to each other in the plan, the plan’s mark between',
      `${q('推动建立以初中学业水平考试成绩为主要依据')}，${q('参考初中阶段综合素质评价的招生录取办法')}`,
      undefined,
    ],
    ['joined by words of ours', `${q('逐步建立学生家长自主申报')}，并${q('学校依规依章录取')}`, undefined],
    ['on two lines (a list)', `- ${q('逐步建立学生家长自主申报')}；\n- ${q('学校依规依章录取')}`, undefined],
    [
      'in the wrong order',
      `${q('学校依规依章录取')}……${q('逐步建立学生家长自主申报')}`,
      'does not have them in this order',
    ],
  ])('%s', (_, body, message) => {
    const found = check(body);
    if (message === undefined) expect(found).toEqual([]);
    else expect(found).toEqual([expect.stringContaining(message)]);
  });
});
