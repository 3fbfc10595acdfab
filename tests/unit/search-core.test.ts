/**
 * The whole search core in Node, over the search data made from the content
 * with the build's own builder (tests/support/search-data.ts): typing
 * forgiven, partial matches said, suggestions drawn from the query, and every
 * hand-written query set at its bar. The page runs this same core; the
 * browser test (tests/site/search-queries.test.ts) checks that it shows
 * exactly these results.
 */
import { afterAll, describe, expect, it } from 'vitest';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { createSearch, QUERY_LIMIT } from '../../src/lib/search-core.ts';
import { foldForSearch } from '../../src/lib/search-query.ts';
import { createTypist, plainPinyin, siteWords, typingData } from '../../src/lib/search-typing.ts';
import {
  EVERYDAY,
  generatedQueries,
  GUIDE,
  NO_MATCH,
  PARTIAL,
  PINYIN,
  PLAN_TERMS,
  TRADITIONAL,
  TYPOS,
  type ExpectedQuery,
} from '../fixtures/search-queries.ts';
import { rankOf } from '../support/search-run.ts';
import { contentSearch, contentSearchData, linksOf } from '../support/search-data.ts';

const data = contentSearchData();
const core = contentSearch();
const rank = (e: ExpectedQuery) => rankOf({ links: linksOf(core, e.q) }, e);

describe('the typing data', () => {
  const typist = createTypist(
    typingData({
      words: ['职普比', '双师型', '重庆', '三教改革', '中职', '终止'],
      text: '职普比双师型重庆三教改革中职终止著乾干',
      tsCharacters: '職 职|師 师|著 着|慶 庆|業 业|乾 干',
      pinyinOf: (w) =>
        ({
          职普比: ['zhi', 'pu', 'bi'],
          双师型: ['shuang', 'shi', 'xing'],
          重庆: ['chong', 'qing'],
          三教改革: ['san', 'jiao', 'gai', 'ge'],
          中职: ['zhong', 'zhi'],
          终止: ['zhong', 'zhi'],
        })[w] ?? [],
    }),
    ['职普比', '双师型', '重庆', '三教改革', '中职', '终止', '重点'],
  );
  it.each<[string, string]>([
    ['職普比', '职普比'],
    ['雙師型', '雙师型'],
    ['著', '著'],
    ['業', '業'],
    ['乾', '乾'],
  ])('reads %s as %s: a character the text uses (著, 乾) or whose simplified form it lacks (业) stays', (q, s) => {
    expect(typist.simplify(q)).toBe(s);
  });
  it.each<[string, string]>([
    ['zhí pǔ bǐ', 'zhipubi'],
    ['ZHI2PU3BI3', 'zhipubi'],
    ['lü', 'lv'],
  ])('spells %s as %s', (run, plain) => {
    expect(plainPinyin(run).replace(/\s/g, '')).toBe(plain);
  });
  it.each<[string, string[][] | undefined, boolean]>([
    ['zhipubi', [['职普比']], false],
    ['SANJIAOGAIGE', [['三教改革']], false],
    ['chongqing', [['重庆']], false],
    ['ssx', [['双师型']], true],
    ['zhongzhi', [['中职', '终止']], false],
    ['zz', undefined, true],
    ['xylophone', undefined, false],
  ])('reads the pinyin %s as %j (initials: %s)', (run, parts, initials) => {
    const reading = typist.pinyin(run);
    expect(reading?.parts).toEqual(parts);
    if (parts) expect(reading?.initials).toBe(initials);
  });
  it.each<[string, string[]]>([
    ['职普必', ['职普比']],
    ['三教改格', ['三教改革']],
    ['职普比', []],
    ['中只', []],
  ])('finds the words one character off %s: %j (three characters or more)', (typed, forms) => {
    expect(typist.oneOff(typed)).toEqual(forms);
  });

  it('never changes a character the site’s text uses: every traditional character it reads is absent from the text', () => {
    const text = new Set(data.docs.flatMap((d) => d.blocks.flatMap((b) => [...b.text])));
    const pairs = [...data.typing.t2s];
    const read = pairs.filter((_, i) => i % 2 === 0);
    expect(read.length).toBeGreaterThan(300);
    expect(read.filter((c) => text.has(c))).toEqual([]);
    expect(pairs.filter((c, i) => i % 2 === 1 && !text.has(c))).toEqual([]);
    const site = createTypist(data.typing, siteWords(data));
    const used = tsCharacters
      .split('|')
      .map((p) => p.split(' ')[0]!)
      .filter((c) => text.has(c));
    expect(used.filter((c) => site.simplify(c) !== c)).toEqual([]);
  });
});

describe('what search does to the query, and says', () => {
  /** A site of two pages whose text holds both 职普比 and the letters ZHIPUBI (an English abbreviation, say). */
  const tiny = (text: string) =>
    createSearch({
      lexicon: [{ slug: 'zhipubi', term: '职普比', aliases: [], notIn: [], words: [], near: [] }],
      leads: [],
      typing: { t2s: '', readings: '比bi普pu职zhi' },
      docs: [
        { id: 'a', url: '/a/', title: '职普比', where: '', kind: 'plan', blocks: [{ text: '职普比', title: true }] },
        { id: 'b', url: '/b/', title: 'B', where: '', kind: 'plan', blocks: [{ text, title: false }] },
      ],
    });
  it('reads letters as pinyin only when the text does not hold them as typed', () => {
    expect(tiny('别的字').search('zhipubi').corrections).toEqual([expect.objectContaining({ forms: ['职普比'] })]);
    expect(tiny('缩写ZHIPUBI').search('zhipubi').corrections).toEqual([]);
    expect(
      tiny('缩写ZHIPUBI')
        .search('zhipubi')
        .results.map((r) => r.doc.id),
    ).toEqual(['b']);
  });
  it.each<[string, string, string]>([
    ['职普必', 'typo', '职普比'],
    ['三教改格', 'typo', '三教改革'],
    ['zhipubi', 'pinyin', '职普比'],
    ['sanjiao gaige', 'pinyin', '三教改革'],
    ['ssx', 'initials', '双师型'],
  ])('%s is read (%s) as %s, and searched so', (q, by, form) => {
    const outcome = core.search(q);
    expect(outcome.corrections).toEqual([expect.objectContaining({ by, forms: [form], applied: true })]);
    expect(outcome.query.groups.map((g) => g.typed)).toEqual([foldForSearch(form).folded]);
  });
  it('offers every form where a typo has several, and searches none of them', () => {
    const outcome = core.search('读大学');
    expect(outcome.corrections).toEqual([expect.objectContaining({ forms: ['上大学', '考大学'], applied: false })]);
    expect(outcome.query.groups.map((g) => g.typed)).toEqual(['大学']);
  });
  it('reads traditional characters as simplified and says so', () => {
    expect(core.search('雙師型')).toMatchObject({ simplified: '双师型', corrections: [] });
  });
  it('corrects nothing the text holds as typed: every site word found in the text is searched as it is', () => {
    const corpus = data.docs.flatMap((d) => d.blocks.map((b) => foldForSearch(b.text).folded)).join('\n');
    const literal = [...siteWords(data), 'X', 'IMG', ...PLAN_TERMS.map((e) => e.q), ...EVERYDAY.map((e) => e.q)].filter(
      (w) => corpus.includes(foldForSearch(w).folded),
    );
    expect(literal.length).toBeGreaterThan(300);
    const changed = literal.filter((w) => {
      const o = core.search(w);
      return o.corrections.length > 0 || o.simplified !== undefined;
    });
    expect(changed).toEqual([]);
  });
  it('reads no hand-written plain query as a typo, pinyin or traditional', () => {
    const changed = [...PLAN_TERMS, ...EVERYDAY, ...GUIDE].filter((e) => {
      const o = core.search(e.q);
      return o.corrections.length > 0 || o.simplified !== undefined;
    });
    expect(changed.map((e) => e.q)).toEqual([]);
  });
  it(`cuts a query past ${QUERY_LIMIT} characters and says it did`, () => {
    const outcome = core.search('双师型'.repeat(100));
    expect(outcome.shortened).toBe(true);
    expect([...outcome.raw]).toHaveLength(QUERY_LIMIT);
    expect(core.search('双师型').shortened).toBe(false);
  });
});

describe('saying what matched', () => {
  it('读职高要多少钱: no page holds both, the guide’s 方案没有写的 comes first, led by 多少钱, the rest lack it', () => {
    const outcome = core.search('读职高要多少钱');
    expect(outcome.partial).toBe(true);
    expect(outcome.query.groups.map((g) => g.typed)).toEqual(['职高', '多少钱']);
    const [first, ...rest] = outcome.results;
    expect(first).toMatchObject({ doc: { id: 'guide:meiyou-xie' }, lacks: [], led: ['多少钱'] });
    expect(first!.excerpt.parts.filter((p) => p.hit).map((p) => p.text)).toContain('学费和资助');
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((r) => r.lacks.includes('多少钱'))).toBe(true);
  });
  it.each<[string, string]>([
    ['普高', '职普比'],
    ['老年人', '老年教育'],
    ['上大学', '贯通培养'],
  ])('ranks pages holding the related word %s above those led to its entry (%s)', (word, entry) => {
    const results = core.search(word).results;
    const holds = (r: (typeof results)[number]) => r.doc.blocks.some((b) => b.text.includes(word));
    const firstLed = results.findIndex((r) => !holds(r));
    expect(firstLed).toBeGreaterThan(0);
    expect(results.slice(firstLed).some((r) => r.doc.blocks.some((b) => b.text.includes(entry)))).toBe(true);
    expect(
      results
        .slice(firstLed)
        .filter(holds)
        .map((r) => r.doc.id),
    ).toEqual([]);
  });
  it('says nothing is partial when a page holds every part', () => {
    expect(core.search('中职学费').partial).toBe(false);
    expect(core.search('双师型').partial).toBe(false);
  });
  it.each(['读职高要多少钱', '职高 三教改革 驾照', '双师型 房价'])(
    'suggests, for %s, only its own parts and its glossary neighbours',
    (q) => {
      const outcome = core.search(q);
      const terms = new Map(data.lexicon.map((l) => [l.slug, l]));
      const derived = new Set([
        ...outcome.query.groups.map((g) => g.typed),
        ...outcome.query.groups.flatMap((g) =>
          g.entries.flatMap((s) => [terms.get(s)!.term, ...terms.get(s)!.near.map((n) => terms.get(n)!.term)]),
        ),
      ]);
      expect(outcome.suggestions.length).toBeGreaterThan(0);
      expect(outcome.suggestions.filter((s) => !derived.has(s))).toEqual([]);
    },
  );
  it.each(NO_MATCH)('suggests nothing made up for %s, which the site does not hold', (q) => {
    expect(core.search(q)).toMatchObject({ results: [], suggestions: [] });
  });
  it('shows text, never Markdown, in what search ranks and excerpts', () => {
    const marked = data.docs.flatMap((d) =>
      d.blocks.filter((b) => /\*\*|^\s*[-*+]\s|\]\(/m.test(b.text)).map((b) => `${d.id}: ${b.text.slice(0, 30)}`),
    );
    expect(marked).toEqual([]);
  });
  it.each([...GUIDE, ...PARTIAL].map((e) => e.q))(
    'keeps the answer word of %s in the first excerpt, or in its title, which the result shows',
    (q) => {
      const [first] = core.search(q).results;
      expect(first!.excerpt.parts.some((p) => p.hit) || first!.block.title).toBe(true);
    },
  );
});

/** The sets at their bars: the plain ones every query within its rank, the typing ones 90% in the top 5. */
describe.each<[string, readonly ExpectedQuery[], number]>([
  ['plan terms', PLAN_TERMS, 1],
  ['everyday words and questions', EVERYDAY, 1],
  ["parents' pages", GUIDE, 1],
  ['money and exams (questions the plan leaves open)', PARTIAL, 1],
  ['typos', TYPOS, 0.9],
  ['pinyin', PINYIN, 0.9],
  ['traditional characters', TRADITIONAL, 0.9],
])('the %s set', (name, set, bar) => {
  const within = set.filter((e) => {
    const r = rank(e);
    return r > 0 && r <= e.within;
  });
  afterAll(() => {
    console.log(`search core: ${name}: ${within.length} of ${set.length} within their rank`);
  });
  it(`has at least 15 queries, each with the page that answers it and why, or is one of the plain sets`, () => {
    expect(set.every((e) => e.page.startsWith('/') && e.why.length > 0)).toBe(true);
    if (bar < 1) expect(set.length).toBeGreaterThanOrEqual(15);
  });
  it(`reaches ${bar * 100}% (misses: ${set
    .filter((e) => !within.includes(e))
    .map((e) => e.q)
    .join(' ')})`, () => {
    expect(within.length / set.length).toBeGreaterThanOrEqual(bar);
  });
});

describe('every glossary term and alias, typed in traditional characters and in toneless pinyin', () => {
  const queries = generatedQueries();
  it('finds its entry in the top 5', () => {
    const missed = queries.filter(
      (g) =>
        !linksOf(core, g.q)
          .slice(0, 5)
          .map((l) => l.split('#')[0])
          .includes(g.page),
    );
    console.log(
      `search core: ${queries.length - missed.length} of ${queries.length} generated queries find their entry in the top 5 ` +
        `(${queries.filter((g) => g.how === 'traditional' && g.q !== g.form).length} of them in characters that differ)`,
    );
    expect(missed.map((g) => `${g.how} ${g.form} → ${g.q}`)).toEqual([]);
  });
});
