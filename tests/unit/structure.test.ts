import { describe, expect, it } from 'vitest';
import { applyRules, isRule } from '../../src/lib/corrections.ts';
import { dataOrThrow } from '../../src/lib/content-problem.ts';
import { parseCorrections } from '../../src/lib/yaml-files.ts';
import { expectedFromSource, unmarkedRestorations, unusedCorrections } from '../../src/lib/fidelity.ts';
import { parseTaskHeading } from '../../src/lib/headings.ts';
import { toChineseNumeral, fromChineseNumeral } from '../../src/lib/numerals.ts';
import { splitSource } from '../../src/lib/source.ts';
import { loadPlan, readContentFiles } from '../../src/loaders/plan.ts';

// The expected text straight from the capture and the corrections list, before any check of the content.
const files = readContentFiles('content');
const corrections = dataOrThrow(parseCorrections(files.corrections));
const expected = expectedFromSource(files.source.text, corrections);
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
  it('splits each task heading from its body where the corrections list says, as read', () => {
    expect(of('task')[0]!.title).toBe('加强职业学校思想政治教育');
    expect(of('task')[5]!.title).toBe('优化职业教育布局');
    expect(of('task')[9]!.title).toBe('推进办学条件改善');
    expect(of('task')[22]!.title).toBe('拓展职业培训功能');
  });
  it('uses every correction and shows every restoration that adds characters', () => {
    expect(unusedCorrections(expected)).toEqual([]);
    expect(unmarkedRestorations(expected)).toEqual([]);
  });
});

describe('the published text against the capture, line by line', () => {
  // Independent of how the structure was read: every captured line, with the punctuation rules
  // applied, must equal what the site publishes from that line once the marked restorations are
  // taken out again. So no captured character is lost and every added one is marked.
  const { data } = loadPlan('content');
  const rules = corrections.filter(isRule);
  const published = new Map<number, string>();
  for (const b of data.units.flatMap((u) => u.blocks)) {
    let text = '';
    let at = 0;
    for (const m of b.marks.filter((x) => x.kind === 'restoration')) {
      text += b.text.slice(at, m.start);
      at = m.end;
    }
    published.set(b.line, (published.get(b.line) ?? '') + text + b.text.slice(at));
  }
  const lines = splitSource(files.source.text).lines;
  it('publishes something from every line of the document, and nothing from elsewhere', () => {
    expect([...published.keys()].sort((a, b) => a - b)).toEqual(lines.map((l) => l.line));
  });
  it.each(lines)('line $line', ({ line, text }) => {
    expect(published.get(line)).toBe(applyRules(text, rules));
  });
});

describe('checks that catch a stale or hidden correction', () => {
  it('reports a rule that never fires', () => {
    const e = expectedFromSource(files.source.text, [
      ...corrections,
      { id: 'R9', kind: 'rule', old: '@', new: '＠', why: 'x' },
    ]);
    expect(unusedCorrections(e)).toEqual(['R9']);
  });
  it('reports a restoration whose characters a later one changed, so no block shows them', () => {
    const date = corrections.find((c) => c.kind === 'restoration' && c.old === '2023324')!;
    const later = { ...date, id: 'C99', old: '年3月', new: '年03月' };
    const e = expectedFromSource(files.source.text, [...corrections, later]);
    expect(unmarkedRestorations(e)).toEqual([date.id]);
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
