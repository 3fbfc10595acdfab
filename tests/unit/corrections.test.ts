import { describe, expect, it } from 'vitest';
import { applyCorrections, applyRule, changedRanges, restorationMarks } from '../../src/lib/corrections.ts';
import { segment } from '../../src/lib/segments.ts';
import type { Restoration, Rule } from '../../src/schemas/correction.ts';

const rule = (old: string, to: string, except?: 'between-digits'): Rule => ({
  id: 'R9',
  kind: 'rule',
  old,
  new: to,
  why: 'x',
  ...(except ? { except } : {}),
});
const restoration = (line: number, old: string, to: string, id = 'C99'): Restoration => ({
  id,
  kind: 'restoration',
  line,
  where: 'x',
  old,
  new: to,
  evidence: 'x',
});

describe('applyRule', () => {
  const colon = rule(':', '：', 'between-digits');
  it.each([
    ['各校:', rule(':', '：'), '各校：', 1],
    ['职普比由3.2:6.8提升为4:6', colon, '职普比由3.2:6.8提升为4:6', 0],
    ['学院):', colon, '学院)：', 1],
    [':开头', colon, '：开头', 1],
    ['2:x', colon, '2：x', 1],
    ['a,b,c', rule(',', '，'), 'a，b，c', 2],
    ['(含民办)', rule('(', '（'), '（含民办)', 1],
    ['无', rule(',', '，'), '无', 0],
  ])('%s', (input, r, out, count) => {
    expect(applyRule(input, r)).toEqual({ text: out, count });
  });
});

describe('applyCorrections', () => {
  const lines = [
    { line: 3, text: '1加强教育坚持用,实施' },
    { line: 5, text: '做到两个维护' },
  ];
  it('applies restorations first, then rules, and splits a heading from its body', () => {
    const r = applyCorrections(lines, [
      rule(',', '，'),
      restoration(3, '1加强教育坚持', '1加强教育\n坚持', 'C01'),
      restoration(5, '维护', '维护。', 'C02'),
    ]);
    expect(r.lines.map((l) => [l.line, l.text])).toEqual([
      [3, '1加强教育'],
      [3, '坚持用，实施'],
      [5, '做到两个维护。'],
    ]);
    expect(Object.fromEntries(r.uses)).toEqual({ R9: 1, C01: 1, C02: 1 });
  });
  it.each([
    [restoration(3, '不存在', 'x'), /occurs 0 times on raw line 3/],
    [restoration(3, '坚持', 'x'), /occurs 2 times/],
    [restoration(4, '坚持', 'x'), /raw line 4 is not a line of the document/],
  ])('refuses a restoration that does not match exactly once: %#', (c, message) => {
    expect(() => applyCorrections([{ line: 3, text: '坚持用坚持' }], [c])).toThrow(message);
  });
  it('counts a rule that never fires as unused', () => {
    expect(applyCorrections(lines, [rule(';', '；')]).uses.get('R9')).toBe(0);
  });
});

describe('changedRanges', () => {
  it.each([
    ['綦江区关于', '《綦江区关于', [[0, 1]]],
    [
      '关于十四五职业',
      '关于“十四五”职业',
      [
        [2, 3],
        [6, 7],
      ],
    ],
    ['体系', '体系。', [[2, 3]]],
    [
      '2023324',
      '2023年3月24日',
      [
        [4, 5],
        [6, 7],
        [9, 10],
      ],
    ],
    ['abc', 'axc', [[1, 2]]],
  ])('%s → %s', (before, after, ranges) => {
    expect(changedRanges(before, after)).toEqual(ranges);
  });
});

describe('restorationMarks', () => {
  const rules = [rule(',', '，')];
  it('marks only the restored characters', () => {
    const text = '进头脑，“三全育人”“五育并举”全面推进';
    const marks = restorationMarks(
      text,
      [
        restoration(1, '进头脑,三全育人”', '进头脑,“三全育人”', 'C04'),
        restoration(1, '“五育并举全面推进', '“五育并举”全面推进', 'C05'),
      ],
      rules,
    );
    expect(marks).toEqual([
      { kind: 'restoration', start: 4, end: 5, id: 'C04' },
      { kind: 'restoration', start: 15, end: 16, id: 'C05' },
    ]);
    const segs = segment(text, marks);
    expect(segs).toEqual([
      { text: '进头脑，' },
      { text: '“', restoration: 'C04' },
      { text: '三全育人”“五育并举' },
      { text: '”', restoration: 'C05' },
      { text: '全面推进' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });
  it('does not mark a heading split', () => {
    expect(restorationMarks('坚持用', [restoration(1, '1a坚持', '1a\n坚持')], rules)).toEqual([]);
  });
  it('lets the restoration that starts first keep a character two would claim', () => {
    const marks = restorationMarks(
      '甲。乙',
      [restoration(1, '甲乙', '甲。乙', 'C01'), restoration(1, '乙', '。乙', 'C02')],
      [],
    );
    expect(marks).toEqual([{ kind: 'restoration', start: 1, end: 2, id: 'C01' }]);
  });
});
