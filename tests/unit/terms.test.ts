import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import { byLetter, indexLetter } from '../../src/lib/collation.ts';
import { excerpt } from '../../src/lib/excerpt.ts';
import { createMatcher, fold, termUses, type TermForms } from '../../src/lib/terms.ts';
import { slugFromPinyin } from '../../src/lib/term-slug.ts';

const entry = (slug: string, term: string, aliases: string[] = [], notIn: string[] = []): TermForms => ({
  slug,
  term,
  aliases,
  notIn,
});

const GLOSSARY = [
  entry('chanjiao-ronghe', '产教融合'),
  entry('chanjiao-ronghe-xing-qiye', '产教融合型企业'),
  entry('gaodeng-zhiye-yuanxiao', '高等职业院校', ['高职院校', '高职'], ['提高职业']),
  entry('zhiye-yuanxiao', '职业院校'),
  entry('shuangshixing-jiaoshi', '双师型教师', ['双师型']),
  entry('1x-zhengshu-zhidu', '1+X证书制度', ['1+X', '1＋X']),
  entry('zhongdeng-zhiye-xuexiao', '中等职业学校', ['中职学校', '中职']),
  entry('shequ-jiaoyu', '社区教育', [], ['社区教育学院']),
  entry('zhongshen-jiaoyu', '终身教育'),
  entry('zhongshen-jiaoyu-siji-wangluo', '终身教育四级网络'),
];
const matcher = createMatcher(GLOSSARY);
/** The matches in a text, as `slug:matched words`. */
const found = (text: string) => matcher.find(text).map((m) => `${m.slug}:${text.slice(m.start, m.end)}`);

describe('the term matcher', () => {
  it.each<[string, string, string[]]>([
    ['a term alone', '产教融合', ['chanjiao-ronghe:产教融合']],
    ['the longer of two nested terms', '协助培育产教融合型企业，', ['chanjiao-ronghe-xing-qiye:产教融合型企业']],
    [
      'both, where each stands alone',
      '产教融合型企业和产教融合',
      ['chanjiao-ronghe-xing-qiye:产教融合型企业', 'chanjiao-ronghe:产教融合'],
    ],
    ['a term at the start of the paragraph', '双师型教师不低于', ['shuangshixing-jiaoshi:双师型教师']],
    ['a term at the end of the paragraph', '建设一批双师型', ['shuangshixing-jiaoshi:双师型']],
    ['an alias, the longer form first', '专科高职院校提升办学层次', ['gaodeng-zhiye-yuanxiao:高职院校']],
    ['not 高职 across a word boundary: 提高 | 职业院校', '不断提高职业院校毕业生升学比例', ['zhiye-yuanxiao:职业院校']],
    ['not 高职 inside 提高职业 even without 院校', '提高职业教育比重', []],
    ['a short alias where it stands as a word', '中职毕业', ['zhongdeng-zhiye-xuexiao:中职']],
    ['the full form of an alias family', '改善中职学校办学条件', ['zhongdeng-zhiye-xuexiao:中职学校']],
    ['a half-width form', '推进1+X证书制度', ['1x-zhengshu-zhidu:1+X证书制度']],
    ['a full-width form of the same term', '推进1＋X证书制度', ['1x-zhengshu-zhidu:1＋X证书制度']],
    ['a lower-case letter', '推进1+x证书', ['1x-zhengshu-zhidu:1+x']],
    ['not inside a name the entry excludes', '区进修校（区社区教育学院）', []],
    ['but elsewhere', '促进社区教育、老年教育', ['shequ-jiaoyu:社区教育']],
    ['the longest of three', '巩固终身教育四级网络体系', ['zhongshen-jiaoyu-siji-wangluo:终身教育四级网络']],
    ['every use, in order', '终身教育管理，终身教育投入', ['zhongshen-jiaoyu:终身教育', 'zhongshen-jiaoyu:终身教育']],
    ['nothing', '职业教育', []],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('folds width and case without moving an offset', () => {
    expect(fold('1＋x㎡')).toBe('1+X㎡');
    expect(fold('１＋Ｘ证书').length).toBe('１＋Ｘ证书'.length);
  });
});

describe('term uses over blocks', () => {
  const uses = termUses(
    [
      { id: 'task-16.h', unit: 'task-16', text: '全面深化产教融合', heading: true },
      { id: 'task-16.p1', unit: 'task-16', text: '产教融合，双师型，再说产教融合', heading: false },
      { id: 'task-17.p1', unit: 'task-17', text: '产教融合', heading: false },
      { id: 'task-17.p2', unit: 'task-17', text: '产教融合和双师型', heading: false },
    ],
    matcher,
  );
  it('links only the first use of each term in a unit’s paragraphs, never in a heading', () => {
    expect(uses.links.get('task-16.h')).toBeUndefined();
    expect(uses.links.get('task-16.p1')?.map((m) => [m.slug, m.start])).toEqual([
      ['chanjiao-ronghe', 0],
      ['shuangshixing-jiaoshi', 5],
    ]);
    expect(uses.links.get('task-17.p1')?.map((m) => m.slug)).toEqual(['chanjiao-ronghe']);
    expect(uses.links.get('task-17.p2')?.map((m) => m.slug)).toEqual(['shuangshixing-jiaoshi']);
  });
  it('counts a heading’s terms as the unit’s, in order of first use', () => {
    expect(uses.termsByUnit.get('task-16')).toEqual(['chanjiao-ronghe', 'shuangshixing-jiaoshi']);
  });
  it('lists every block that uses a term, once each', () => {
    expect(uses.blocksByTerm.get('chanjiao-ronghe')).toEqual(['task-16.h', 'task-16.p1', 'task-17.p1', 'task-17.p2']);
  });
});

describe('slugs from pinyin', () => {
  const slug = (term: string, words?: string) => {
    const parts = (words ?? term).split('|').map((text) => ({ text }));
    return slugFromPinyin(parts, pinyin(term, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }));
  };
  it.each<[string, string | undefined, string]>([
    ['三教改革', '三|教|改革', 'sanjiao-gaige'],
    ['双师型教师', '双|师|型|教师', 'shuangshixing-jiaoshi'],
    ['1+X证书制度', '1|+|X|证书|制度', '1x-zhengshu-zhidu'],
    ['重庆德国埃森大学', '重庆|德国|埃森|大学', 'chongqing-deguo-aisen-daxue'],
    ['虚拟仿真实训基地', '虚拟|仿真|实训|基地', 'xuni-fangzhen-shixun-jidi'],
    ['绿色', undefined, 'lvse'],
  ])('%s → %s', (term, words, expected) => {
    expect(slug(term, words)).toBe(expected);
  });
  it('refuses pinyin that does not fit the characters', () => {
    expect(() => slugFromPinyin([{ text: '三教' }], ['san'])).toThrow(/2 Han characters but 1 syllables/);
  });
});

describe('Chinese order and the letter index', () => {
  it.each<[string, string | undefined]>([
    ['三教改革', 'S'],
    ['重庆', 'C'],
    ['綦江万盛一体化', 'Q'],
    ['职普比', 'Z'],
    ['鲁班工坊', 'L'],
    ['阿', 'A'],
    ['1+X证书制度', undefined],
  ])('%s is under %s', (term, letter) => {
    expect(indexLetter(term)).toBe(letter);
  });
  it('groups by letter in pinyin order, what starts with a digit first', () => {
    const groups = byLetter(['职普比', '1+X证书制度', '产教融合', '重庆', '双师型教师', '三教改革'], (t) => t);
    expect(groups.map((g) => [g.letter, g.items])).toEqual([
      [undefined, ['1+X证书制度']],
      ['C', ['产教融合', '重庆']],
      ['S', ['三教改革', '双师型教师']],
      ['Z', ['职普比']],
    ]);
  });
});

describe('excerpts', () => {
  const text = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥';
  it.each<[string, number, Array<[number, number]>, string]>([
    ['the window around the first use, cut marks on both sides', 2, [[10, 12]], '…壬癸[子丑]寅卯…'],
    ['no cut at the start of the text', 3, [[0, 2]], '[甲乙]丙丁戊…'],
    ['no cut at the end of the text', 2, [[20, 22]], '…申酉[戌亥]'],
    [
      'every use inside the window',
      2,
      [
        [4, 5],
        [6, 7],
      ],
      '…丙丁[戊]己[庚]…',
    ],
    [
      'no use the window would cut',
      2,
      [
        [4, 5],
        [6, 8],
      ],
      '…丙丁[戊]己庚…',
    ],
  ])('%s', (_, radius, ranges, expected) => {
    const e = excerpt(
      text,
      ranges.map(([start, end]) => ({ start, end })),
      radius,
    );
    const shown = e.parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');
    expect(`${e.before ? '…' : ''}${shown}${e.after ? '…' : ''}`).toBe(expected);
  });
});
