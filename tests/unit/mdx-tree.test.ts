/**
 * Our prose read as MDX reads it (src/lib/mdx-tree.ts): the components with
 * their lines, the words a reader sees, and what MDX cannot read, said with
 * the file and line. The claims' lines once drifted inside a list of bold
 * items, where the old finder counted lines in text it had cut the marks from.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../src/lib/claims.ts';
import { formatProblem } from '../../src/lib/content-problem.ts';
import { attribute, elementsOf, lineOf, mdxTree, remarkQuoteWords, wordsOf } from '../../src/lib/mdx-tree.ts';
import { checkFaq } from '../../src/lib/faq.ts';
import { assemblePlan } from '../../src/lib/model.ts';
import { componentUses, proseProblems } from '../../src/lib/prose.ts';
import { checkSummaries } from '../../src/lib/summaries.ts';
import { loadPlan } from '../../src/loaders/plan.ts';

const tree = (body: string, line = 1) => {
  const { tree: t, problems } = mdxTree('f.mdx', body, line);
  if (!t) throw new Error(problems.map(formatProblem).join('\n'));
  return t;
};

describe('the components of a body', () => {
  it.each<[string, string, Array<[string | null, number, string]>]>([
    ['one inline', '甲<Ref to="task-01.p1">第1项</Ref>乙', [['Ref', 3, '第1项']]],
    ['on a later line', '甲\n\n乙<Quote from="task-02.p1">原话</Quote>', [['Quote', 5, '原话']]],
    ['on a line of its own', '甲\n\n<FollowUps target="x" />\n', [['FollowUps', 5, '']]],
    ['in a list item', '- 甲\n- <Term slug="wuwei" />', [['Term', 4, '']]],
    [
      'one inside another, outer first',
      '<Quote from="a">甲<Ref to="b" /></Quote>',
      [
        ['Quote', 3, '甲'],
        ['Ref', 3, ''],
      ],
    ],
    ['words over a line break', '<Quote from="a">甲\n乙</Quote>', [['Quote', 3, '甲\n乙']]],
  ])('%s', (_, body, expected) => {
    const t = tree(body, 3);
    expect(elementsOf(t).map((e) => [e.name, lineOf(t, e), wordsOf(e)])).toEqual(expected);
  });

  it.each<[string, string, string | undefined]>([
    ['a string', '<Ref to="task-01.p1" />', 'task-01.p1'],
    ['in single quotes', "<Ref to='task-01.p1' />", 'task-01.p1'],
    ['an expression, which no check can read', '<Ref to={"task-01.p1"} />', undefined],
    ['absent', '<Ref slug="task-01.p1" />', undefined],
  ])('an attribute written as %s', (_, body, value) => {
    const [e] = elementsOf(tree(body));
    expect(e && attribute(e, 'to')).toBe(value);
  });

  it('a Quote inside inline code is no quote', () => {
    expect(componentUses('写作 `<Quote from="a">甲</Quote>` 即可', 1)).toEqual([]);
  });
});

describe('what MDX cannot read', () => {
  it.each<[string, string, string]>([
    [
      'a tag never closed',
      '甲\n\n乙<Quote from="task-01.p1">丙',
      'f.mdx:7 MDX cannot read this: Expected a closing tag for `<Quote>` before the end of `paragraph`.',
    ],
    ['a bare < before a digit', '甲\n乙<3丙', 'f.mdx:6 MDX cannot read this: '],
    ['a bare {', '甲{乙', 'f.mdx:5 MDX cannot read this: '],
  ])('%s names the file and line', (_, body, says) => {
    const problems = proseProblems('f.mdx', body, 5, { hasTerm: () => true, blockText: () => '' });
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining(says)]);
  });
});

describe('a body MDX cannot read is one problem, not its echoes', () => {
  const broken = '方案要求<Quote from="task-04.p1">升学比例。';
  it('an answer (no "cites no paragraph")', () => {
    const text = `---\nquestion: 中职毕业能上大学吗？\nslug: x\n---\n\n${broken}\n`;
    const { problems } = checkFaq([{ path: 'content/faq/01-x.mdx', text }], {
      termName: () => undefined,
      hasTerm: () => false,
      blockText: () => '升学比例',
    });
    expect(problems.map(formatProblem)).toEqual([
      expect.stringContaining('content/faq/01-x.mdx:6 MDX cannot read this:'),
    ]);
  });
  it('a summary (no "the summary is empty")', () => {
    const plan = assemblePlan(loadPlan('content').data.units);
    const { problems } = checkSummaries('content', [{ path: 'content/summaries/task-04.mdx', text: broken }], plan, {
      termName: () => undefined,
      blockText: () => '升学比例',
    });
    expect(problems.filter((p) => p.file === 'content/summaries/task-04.mdx').map(formatProblem)).toEqual([
      expect.stringContaining('content/summaries/task-04.mdx:1 MDX cannot read this:'),
    ]);
  });
});

describe('the lines of claims', () => {
  it('a sentence after a line break inside a paragraph on the next line', () => {
    expect(claimsOf('f.mdx', '甲，\n乙。丙\n丁。', 10, () => undefined).map((c) => [c.line, c.text])).toEqual([
      [10, '甲，'],
      [11, '乙。'],
      [11, '丙'],
      [12, '丁。'],
    ]);
  });
  it('each bold list item on its own line', () => {
    const body = '前言：\n\n- **甲。** 一。\n- **乙。** 二。\n- **丙。** 三。';
    expect(claimsOf('f.mdx', body, 10, () => undefined).map((c) => [c.line, c.text])).toEqual([
      [10, '前言：'],
      [12, '甲。'],
      [12, '一。'],
      [13, '乙。'],
      [13, '二。'],
      [14, '丙。'],
      [14, '三。'],
    ]);
  });
});

describe('the words a <Quote> shows on the page', () => {
  it.each<[string, string, string[]]>([
    ['plain', '甲<Quote from="a">乙丙</Quote>丁', ['乙丙']],
    ['an entity, as the reader sees it', '<Quote from="a">乙&amp;丙</Quote>', ['乙&丙']],
    ['bold marks, which are not words', '<Quote from="a">乙**丙**</Quote>', ['乙丙']],
    [
      'every quote, and no other tag',
      '<Quote from="a">乙</Quote><Ref to="b">丙</Ref><Quote from="c">丁</Quote>',
      ['乙', '丁'],
    ],
  ])('%s', (_, body, words) => {
    // A tree of its own: the plugin writes into it, and the checks' trees are shared.
    const root = structuredClone(tree(body).root);
    remarkQuoteWords()(root);
    expect(elementsOf({ root, line: 1 }).flatMap((e) => attribute(e, 'words') ?? [])).toEqual(words);
  });
});
