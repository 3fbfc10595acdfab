import { describe, expect, it } from 'vitest';
import { loadExpected } from '../../src/lib/load.ts';
import { allBlocks } from '../../src/lib/model.ts';
import { toChineseNumeral, fromChineseNumeral } from '../../src/lib/numerals.ts';
import { parseTaskHeading } from '../../src/lib/headings.ts';
import { unmarkedRestorations, unusedCorrections } from '../../src/lib/fidelity.ts';

const expected = loadExpected('content');
const units = expected.plan.units;
const of = (kind: string) => units.filter((u) => u.kind === kind);

describe('the plan read from the capture', () => {
  it('has the structure the plan describes', () => {
    expect(of('part').map((u) => u.heading)).toEqual(['一、总体要求', '二、重点任务', '三、保障措施']);
    expect(of('section').map((u) => u.heading)).toEqual(['（一）指导思想', '（二）基本原则', '（三）主要目标']);
    expect(of('group')).toHaveLength(11);
    expect(of('task').map((u) => u.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(of('measure')).toHaveLength(4);
  });
  it('puts each task in its group', () => {
    const perGroup = of('group').map((g) => of('task').filter((t) => t.parent === g.key).length);
    expect(perGroup).toEqual([3, 2, 2, 2, 2, 3, 3, 3, 2, 2, 2]);
  });
  it('has four principles and the 2025 targets with five goals', () => {
    expect(
      of('section')[1]!
        .blocks.filter((b) => b.role === 'paragraph')
        .every((b) => b.text.startsWith('——')),
    ).toBe(true);
    const goals = of('section')[2]!.blocks.filter((b) => b.role === 'paragraph');
    expect(goals[0]!.text).toMatch(/^2025年/);
    expect(goals.slice(1).filter((b) => b.text.startsWith('——'))).toHaveLength(5);
  });
  it('gives each task heading exactly the characters of the capture', () => {
    const raw = expected.applied.lines;
    for (const t of of('task')) {
      const line = expected.origin.get(`${t.key}.h`)!.line;
      const captured = raw.find((l) => l.line === line)!;
      expect(captured.text).toBe(t.heading);
    }
    expect(of('task')[0]!.title).toBe('加强职业学校思想政治教育');
    expect(of('task')[9]!.title).toBe('推进办学条件改善');
  });
  it('uses every correction and shows every restoration that adds characters', () => {
    expect(unusedCorrections(expected)).toEqual([]);
    expect(unmarkedRestorations(expected)).toEqual([]);
  });
  it('maps every corrected line to one block', () => {
    expect(allBlocks(expected.plan)).toHaveLength(expected.applied.lines.length);
  });
});

describe('numerals and headings', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [26, '二十六'],
  ])('%i ↔ %s', (n, s) => {
    expect(toChineseNumeral(n)).toBe(s);
    expect(fromChineseNumeral(s)).toBe(n);
  });
  it.each([
    ['1加强', 1, { number: 1, heading: '加强' }],
    ['10推进', 10, { number: 10, heading: '推进' }],
    ['10推进', 1, undefined],
    ['2025年', 2, undefined],
  ])('parseTaskHeading(%s, %i)', (text, n, out) => {
    expect(parseTaskHeading(text, n)).toEqual(out);
  });
});
