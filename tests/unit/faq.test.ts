/**
 * 常见问题 as the loader checks it: the file names the question's place and
 * anchor, anchors are unique, every answer cites a paragraph, and every
 * citation and quote holds.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem.ts';
import { checkFaq, checkGuide } from '../../src/lib/faq.ts';

const blocks: Record<string, string> = { 'task-04.p1': '不断提高职业院校毕业生升学比例。' };
const ctx = {
  termName: (slug: string) => (slug === 'guantong-peiyang' ? '贯通培养' : undefined),
  hasTerm: (slug: string) => slug === 'guantong-peiyang',
  blockText: (id: string) => blocks[id],
};
const file = (name: string, question: string, slug: string, body: string) => ({
  path: `content/faq/${name}`,
  text: `---\nquestion: ${question}\nslug: ${slug}\n---\n\n${body}\n`,
});
const good = file(
  '01-shang-daxue.mdx',
  '中职毕业能上大学吗？',
  'shang-daxue',
  '能。见<Ref to="task-04.p1">第4项</Ref>。',
);

describe('常见问题', () => {
  it('publishes a good question with its plain answer and what it cites', () => {
    const r = checkFaq(
      [
        good,
        file(
          '02-x.mdx',
          '什么是贯通培养？',
          'x',
          '<Term slug="guantong-peiyang" />：<Quote from="task-04.p1">升学比例</Quote>。',
        ),
      ],
      ctx,
    );
    expect(r.problems).toEqual([]);
    expect(r.faq).toEqual([
      {
        question: '中职毕业能上大学吗？',
        slug: 'shang-daxue',
        file: good.path,
        answer: '能。见第4项。',
        cites: ['task-04.p1'],
      },
      {
        question: '什么是贯通培养？',
        slug: 'x',
        file: 'content/faq/02-x.mdx',
        answer: '贯通培养：升学比例。',
        cites: ['task-04.p1'],
      },
    ]);
  });
  it.each<[string, ReturnType<typeof file>[], string]>([
    [
      'an answer that cites nothing',
      [file('01-a.mdx', '能上大学吗？', 'a', '能。')],
      'content/faq/01-a.mdx:6 the answer cites no paragraph',
    ],
    [
      'a question without ？',
      [file('01-a.mdx', '能上大学吗', 'a', '<Ref to="task-04.p1" />')],
      'content/faq/01-a.mdx:2 [question]',
    ],
    [
      'a file not named NN-slug',
      [file('a.mdx', '能上大学吗？', 'a', '<Ref to="task-04.p1" />')],
      'content/faq/a.mdx:3 [slug] name the file NN-a.mdx',
    ],
    [
      'two questions with one anchor',
      [good, file('02-shang-daxue.mdx', '中职能考大学吗？', 'shang-daxue', '<Ref to="task-04.p1" />')],
      'content/faq/02-shang-daxue.mdx:3 [slug] slug "shang-daxue" is taken by content/faq/01-shang-daxue.mdx',
    ],
    [
      'a misquote',
      [file('01-a.mdx', '能上大学吗？', 'a', '<Quote from="task-04.p1">升学率</Quote>')],
      'does not hold the words “升学率”',
    ],
    [
      'an unknown block',
      [file('01-a.mdx', '能上大学吗？', 'a', '<Ref to="task-40.p1" />')],
      'the plan has no block "task-40.p1"',
    ],
    [
      'an unknown term',
      [file('01-a.mdx', '能上大学吗？', 'a', '<Ref to="task-04.p1" /><Term slug="nope" />')],
      '<Term slug="nope">',
    ],
  ])('refuses %s', (_, files, says) => {
    expect(checkFaq(files, ctx).problems.map(formatProblem).join('\n')).toContain(says);
  });
});

describe('the parents’ guide', () => {
  const sourced = (slug: string) => slug === 'chanjiao-ronghe';
  const gctx = {
    ...ctx,
    hasTerm: (slug: string) => ['guantong-peiyang', 'chanjiao-ronghe'].includes(slug),
    sourced,
  };
  const section = (name: string, heading: string, slug: string, body: string) => ({
    path: `content/guide/${name}`,
    text: `---\nheading: ${heading}\nslug: ${slug}\n---\n\n${body}\n`,
  });
  const background = '<Background term="chanjiao-ronghe">全国的情况。</Background>';
  it('publishes a section with background that rests on a confirmed document', () => {
    const r = checkGuide(
      [section('01-shengxue.mdx', '读完中职还能升学', 'shengxue', `见<Ref to="task-04.p1">第4项</Ref>。${background}`)],
      gctx,
    );
    expect(r.problems).toEqual([]);
    expect(r.guide).toEqual([
      {
        heading: '读完中职还能升学',
        slug: 'shengxue',
        file: 'content/guide/01-shengxue.mdx',
        text: '见第4项。全国的情况。',
        cites: ['task-04.p1'],
        searchWords: [],
      },
    ]);
  });
  it.each<[string, ReturnType<typeof section>, string]>([
    [
      'background on an entry that rests on the plan alone',
      section('01-a.mdx', '升学', 'a', '<Ref to="task-04.p1" /><Background term="guantong-peiyang">x</Background>'),
      'content/guide/01-a.mdx:6 <Background term="guantong-peiyang">: that entry rests on the plan alone',
    ],
    [
      'background on an unknown entry',
      section('01-a.mdx', '升学', 'a', '<Ref to="task-04.p1" /><Background term="nope">x</Background>'),
      '<Background term="nope">: there is no glossary entry "nope"',
    ],
    [
      'a section that cites no paragraph, background or not',
      section('01-a.mdx', '升学', 'a', background),
      'content/guide/01-a.mdx:6 the section cites no paragraph',
    ],
    [
      'a search word whose answer the section does not show',
      {
        path: 'content/guide/01-a.mdx',
        text: '---\nheading: 升学\nslug: a\nsearchWords:\n  - { word: 高考, why: 问升学考试的人要看这一节, see: 升学怎么考 }\n---\n\n<Ref to="task-04.p1" />\n',
      },
      'content/guide/01-a.mdx:5 [searchWords] search word "高考": see "升学怎么考" is not in the section\'s text',
    ],
    [
      'a search word without its reason',
      {
        path: 'content/guide/01-a.mdx',
        text: '---\nheading: 升学\nslug: a\nsearchWords:\n  - { word: 高考, see: 第4项 }\n---\n\n<Ref to="task-04.p1" />\n',
      },
      '[searchWords',
    ],
    [
      'a heading too long',
      section('01-a.mdx', '一二三四五六七八九十一二三四五六七', 'a', '<Ref to="task-04.p1" />'),
      ':2 [heading]',
    ],
  ])('refuses %s', (_, file, says) => {
    expect(checkGuide([file], gctx).problems.map(formatProblem).join('\n')).toContain(says);
  });
  it('refuses background in an answer of 常见问题', () => {
    const answer = file('01-a.mdx', '能上大学吗？', 'a', `<Ref to="task-04.p1" />${background}`);
    expect(checkFaq([answer], gctx).problems.map(formatProblem).join('\n')).toContain(
      "<Background>: background belongs in the parents' guide",
    );
  });
});
