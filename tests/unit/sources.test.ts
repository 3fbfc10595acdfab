/**
 * content/sources.yaml and what cites it: the official text's page (one,
 * official, with the metadata content/document.yaml must match), citations
 * that only official copies may make, and the follow-ups on the targets.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem.ts';
import { checkFollowUps, segmentsOf } from '../../src/lib/follow-ups.ts';
import {
  checkSources,
  linkedSourceUrls,
  officialTextSource,
  sourceHosts,
  sourceUseProblems,
} from '../../src/lib/sources.ts';
import type { DocumentMeta } from '../../src/schemas/document.ts';
import type { FollowUp } from '../../src/schemas/follow-up.ts';
import type { Source } from '../../src/schemas/source.ts';
import { sourceFixture } from '../support/source-fixture.ts';

const META: DocumentMeta = {
  indexNumber: '11500222750076936P/2023-00404',
  documentNumber: '綦教〔2023〕17号',
  subject: '教育',
  genre: '公告公示',
  publisher: '綦江区教委',
  validity: '有效',
  written: '2023-03-24',
  published: '2023-04-14',
  sourceLocation: '首页 > 政务公开',
};
const source = sourceFixture;
const PLAN_PAGE = source('plan-page', 'issuer', { officialText: true, fields: META });
const lined = (items: Source[]) =>
  items.map((item, i) => ({ item, line: 10 * (i + 1), fields: { kind: 10 * (i + 1) + 7, fields: 10 * (i + 1) + 9 } }));
const check = (...items: Source[]) =>
  checkSources('content/sources.yaml', lined(items), { meta: META, file: 'content/document.yaml' }).map(formatProblem);

describe('the sources file', () => {
  it('accepts one official text page whose fields agree with document.yaml', () => {
    expect(check(PLAN_PAGE, source('reply', 'official-repost'))).toEqual([]);
  });
  it.each<[string, Source[], string]>([
    ['no page of the official text', [source('reply', 'issuer')], ':1 [officialText] exactly one source'],
    [
      'two pages of the official text',
      [PLAN_PAGE, { ...PLAN_PAGE, id: 'again' }],
      ':20 [officialText] exactly one source',
    ],
    [
      'the official text on an unofficial repost',
      [{ ...PLAN_PAGE, kind: 'unofficial-repost' }],
      ":17 [kind] the page of the official text must be the issuer's own or an official repost",
    ],
    [
      'a field the page shows otherwise',
      [{ ...PLAN_PAGE, fields: { ...META, published: '2023-12-14' } }],
      ':19 [fields.published] the page read says "2023-12-14" but content/document.yaml says "2023-04-14"',
    ],
    ['an id twice', [PLAN_PAGE, source('plan-page', 'media')], ':20 [id] id "plan-page" is taken'],
  ])('refuses %s', (_, items, want) => {
    expect(check(...items)).toEqual(expect.arrayContaining([expect.stringContaining(`content/sources.yaml${want}`)]));
  });

  it('gives the hosts a build may name and the pages it links (official copies only)', () => {
    const repost = source('repost', 'unofficial-repost', { url: 'https://doc.example.cn/a.html' });
    expect(officialTextSource([repost, PLAN_PAGE])).toBe(PLAN_PAGE);
    expect(sourceHosts([PLAN_PAGE, repost])).toEqual(['www.cqqj.gov.cn', 'doc.example.cn']);
    expect(linkedSourceUrls([PLAN_PAGE, repost])).toEqual([PLAN_PAGE.url]);
  });
});

describe('a citation of a source', () => {
  const byId = new Map(
    [PLAN_PAGE, source('reply', 'official-repost'), source('repost', 'unofficial-repost'), source('news', 'media')].map(
      (s) => [s.id, s],
    ),
  );
  it.each<[string, Parameters<typeof sourceUseProblems>[0], string | undefined]>([
    [
      'a fact on an official repost, in its words',
      { source: 'reply', words: '公办中职学校全部通过达标验收', fact: true },
      undefined,
    ],
    ['background on an unofficial repost', { source: 'repost', fact: false }, undefined],
    ['a fact on an unofficial repost', { source: 'repost', fact: true }, 'but it is an unofficial repost'],
    ['a fact in the media', { source: 'news', fact: true }, 'but it is a media report'],
    ['a source the file lacks', { source: 'elsewhere', fact: false }, 'which content/sources.yaml does not list'],
    [
      'words the page does not hold',
      { source: 'reply', words: '全部达到国家设置标准', fact: true },
      'is not among the words',
    ],
  ])('%s', (_, use, message) => {
    const problems = sourceUseProblems(use, byId, 'content/sources.yaml');
    if (message === undefined) expect(problems).toEqual([]);
    else expect(problems).toEqual([expect.stringContaining(message)]);
  });
});

describe('follow-ups', () => {
  const FOLLOW_UP: FollowUp = {
    id: 'zhongzhi-biaozhun-2024',
    target: 'zhongzhi-biaozhun',
    source: 'reply',
    who: '区教委',
    page: '复函',
    occasion: '答复区政协委员提案时',
    quote: '2024年我区公办中职学校全部通过达标验收',
    differs: ['方案写的是<Quote from="section-3.p1">达到国家设置标准</Quote>。'],
  };
  const ctx = {
    hasTarget: (id: string) => id === 'zhongzhi-biaozhun',
    sources: new Map([PLAN_PAGE, source('reply', 'official-repost'), source('news', 'media')].map((s) => [s.id, s])),
    sourcesFile: 'content/sources.yaml',
    blockText: (id: string) => (id === 'section-3.p1' ? '2025年，全区中等职业学校全部达到国家设置标准。' : undefined),
  };
  const check = (f: FollowUp) =>
    checkFollowUps(
      'content/follow-ups.yaml',
      [{ item: f, line: 5, fields: { target: 6, source: 7, differs: 12 } }],
      ctx,
    ).map(formatProblem);
  it('accepts an official page’s words, with the plan’s words quoted exactly', () => {
    expect(check(FOLLOW_UP)).toEqual([]);
  });
  it.each<[string, Partial<FollowUp>, string]>([
    ['an unknown target', { target: 'benke' }, ':6 [target] there is no target "benke"'],
    [
      'a media report',
      { source: 'news', quote: '公办中职学校' },
      ':7 [source] cites "news" for something that happened, but it is a media report',
    ],
    ['words the page does not hold', { quote: '全部达到国家设置标准' }, ':7 [source] quotes “全部达到国家设置标准”'],
    [
      'the plan misquoted',
      { differs: ['方案写的是<Quote from="section-3.p1">达到国家标准</Quote>。'] },
      ':13 [differs] <Quote from="section-3.p1">: section-3.p1 does not hold the words “达到国家标准”',
    ],
  ])('refuses %s', (_, change, want) => {
    expect(check({ ...FOLLOW_UP, ...change })).toEqual([expect.stringContaining(`content/follow-ups.yaml${want}`)]);
  });
  it('cuts a sentence into our words and the plan’s quoted words', () => {
    expect(segmentsOf('印发通知也发给<Quote from="notice.addressee">中职学校（含民办）</Quote>。')).toEqual([
      { text: '印发通知也发给' },
      { text: '中职学校（含民办）', from: 'notice.addressee' },
      { text: '。' },
    ]);
  });
});
