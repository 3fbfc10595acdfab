/**
 * The parents' pathways diagram: each arrow rests on the plan's words, and
 * the layout puts each place below every place that leads to it, inside
 * the drawing.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem.ts';
import { checkPathways, DIAGRAM, layoutPathways } from '../../src/lib/pathways.ts';
import type { PathwayStep } from '../../src/schemas/pathway.ts';

const blocks: Record<string, string> = {
  'task-04.p1': '扩大中等职业教育和高等职业教育贯通培养规模，不断提高职业院校毕业生升学比例。',
  'task-05.p1': '探索发展以专项技能培养为主的特色综合高中。',
};
const step = (from: string, to: string, block = 'task-04.p1', quote = '贯通培养规模', hedge?: string): PathwayStep => ({
  from,
  to,
  says: '中职和高职连起来培养',
  block,
  quote,
  ...(hedge ? { hedge } : {}),
});
const check = (...steps: PathwayStep[]) =>
  checkPathways(
    'content/pathways.yaml',
    steps.map((item, i) => ({ item, line: 10 * (i + 1) })),
    (id) => blocks[id],
  ).map(formatProblem);

describe('arrows as the loader checks them', () => {
  it('accepts arrows that rest on the plan’s words', () => {
    expect(check(step('中职', '高职'), step('初中', '综合高中', 'task-05.p1', '特色综合高中', '探索'))).toEqual([]);
  });
  it.each<[string, PathwayStep[], string]>([
    ['an unknown block', [step('中职', '高职', 'task-99.p1')], ':10 [block] the plan has no block "task-99.p1"'],
    ['a misquote', [step('中职', '高职', 'task-04.p1', '贯通培养人数')], ':10 [quote] task-04.p1 does not hold'],
    ['a hedge the block lacks', [step('中职', '高职', 'task-04.p1', '贯通培养规模', '力争')], ':10 [hedge]'],
    [
      'our words copied from the plan',
      [{ ...step('中职', '高职'), says: '扩大中等职业教育和高等职业教育' }],
      ':10 [says] copies “扩大中等职业教育和高等职业教育”',
    ],
    ['an arrow drawn twice', [step('中职', '高职'), step('中职', '高职')], ':20 [to] 中职→高职 is drawn on line 10'],
    ['an arrow to itself', [step('中职', '中职')], ':10 [to] an arrow leads from one place to another'],
    ['a loop', [step('中职', '高职'), step('高职', '中职')], ':1 the arrows go round in a loop'],
  ])('refuses %s', (_, steps, want) => {
    expect(check(...steps)).toEqual(expect.arrayContaining([expect.stringContaining(`content/pathways.yaml${want}`)]));
  });
});

describe('the layout', () => {
  const layout = layoutPathways([
    step('初中', '中职'),
    step('初中', '普通高中'),
    step('初中', '综合高中'),
    step('初中', '职业培训'),
    step('中职', '高职（专科）'),
    step('高职（专科）', '职业本科'),
    step('初中', '职业本科'),
  ]);
  const box = (place: string) => layout.boxes.find((b) => b.place === place)!;
  it('puts each place one row below the lowest place leading to it', () => {
    expect(layout.boxes.map((b) => [b.place, b.row])).toEqual([
      ['初中', 0],
      ['中职', 1],
      ['普通高中', 1],
      ['综合高中', 1],
      ['职业培训', 1],
      ['高职（专科）', 2],
      ['职业本科', 3],
    ]);
    for (const a of layout.arrows) expect(a.to.y, `${a.step.from}→${a.step.to}`).toBeGreaterThan(a.from.y);
  });
  it('keeps every box inside the drawing, and boxes of a row apart', () => {
    for (const b of layout.boxes) {
      expect(b.x - b.width / 2, b.place).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width / 2, b.place).toBeLessThanOrEqual(DIAGRAM.width);
      expect(b.y + b.height / 2).toBeLessThanOrEqual(layout.height);
    }
    expect(box('中职').x + box('中职').width / 2).toBeLessThan(box('普通高中').x - box('普通高中').width / 2);
  });
  it('puts a place alone in its row under the place it comes from', () => {
    expect(box('高职（专科）').x).toBe(Math.max(box('中职').x, box('高职（专科）').width / 2));
  });
});
