/**
 * The summaries (一句话看懂): plain text as a reader sees it, the shared-run
 * measure that tells a summary from a quotation, and the checks that every
 * task and measure has one of our own words.
 */
import { describe, expect, it } from 'vitest';
import { assemblePlan } from '../../src/lib/model.ts';
import { proseText } from '../../src/lib/prose.ts';
import { checkSummaries, longestSharedRun } from '../../src/lib/summaries.ts';
import { loadPlan } from '../../src/loaders/plan.ts';

const names: Record<string, string> = { 'sanjiao-gaige': '三教改革', 'dinggang-shixi': '顶岗实习' };
const termName = (slug: string) => names[slug];

describe('a summary as a reader sees it', () => {
  it.each<[string, string]>([
    ['方案要求推进<Term slug="sanjiao-gaige" />。', '方案要求推进三教改革。'],
    ['先<Term slug="dinggang-shixi"/>，再就业。', '先顶岗实习，再就业。'],
    ['见<Ref to="task-16.p1">第16项</Ref>。', '见第16项。'],
    ['两行\n合成一行。\n', '两行 合成一行。'],
    ['<Term slug="nope" />不存在。', '不存在。'],
    ['回答：\n\n- **学费和资助。** 全文没有。\n- *招生*名额。', '回答： 学费和资助。 全文没有。 招生名额。'],
    ['## 小标题\n1. 第一条，见[全文](/full-text/)。', '小标题 第一条，见全文。'],
    ['比例4:6，不是4*6或a_b。', '比例4:6，不是4*6或a_b。'],
  ])('%j reads %j', (body, text) => {
    expect(proseText(body, termName)).toBe(text);
  });
});

describe('the longest run two texts share', () => {
  it.each<[string, string, string]>([
    ['深化教师改革，规范落实', '坚持深化教师改革，规范落实职业院校', '深化教师改革，规范落实'],
    ['老师、教材、教法', '教师、教材、教法', '师、教材、教法'],
    ['abc', 'xyz', ''],
    ['', '任何文字', ''],
    ['𠀀𠀁𠀂', '𠀁𠀂𠀃', '𠀁𠀂'],
  ])('%j and %j share %j', (a, b, run) => {
    expect(longestSharedRun(a, b)).toBe(run);
  });
});

describe('the summaries of the plan', () => {
  const { data } = loadPlan('content');
  const plan = assemblePlan(data.units);
  const due = data.units.filter((u) => u.kind === 'task' || u.kind === 'measure');
  it('cover every task and measure, and nothing else', () => {
    expect(Object.keys(data.summaries).sort()).toEqual(due.map((u) => u.key).sort());
    expect(due).toHaveLength(30);
  });
  const check = (path: string, text: string) =>
    checkSummaries('content', [{ path, text }], plan, {
      termName,
      blockText: (id) => plan.byKey.get('task-16')?.blocks.find((b) => b.id === id)?.text,
    })
      .problems.filter((p) => p.file === path)
      .map((p) => p.message);
  it.each<[string, string, string]>([
    ['task-16', '方案要求在老师、教材、教学方法三方面改革。', ''],
    ['task-16', '这一项要全面深化三教改革。', 'repeats the heading'],
    ['task-16', '方案说深化教师改革，规范落实职业院校用人。', 'copies 17 characters'],
    ['task-16', '方案要求改革，方案要求改革。方案要求改革。再改革。', 'more than two sentences'],
    ['task-16', '方案要求改革', 'end its last sentence'],
    ['task-16', `${'很长'.repeat(51)}。`, 'at most 100'],
    ['task-16', '   \n', 'empty'],
    ['task-16', '改革<Term slug="nope" />。', '<Term slug="nope">'],
    ['task-16', '见<Ref to="task-99.p1">别处</Ref>。', '<Ref to="task-99.p1">'],
    ['section-3', '主要目标是这些。', 'no task or measure "section-3"'],
    ['task-16', '方案要推动<Quote from="task-16.p1">课堂革命</Quote>。', ''],
    ['task-16', '方案要推动<Quote from="task-16.p1">课程革命</Quote>。', 'does not hold the words “课程革命”'],
    [
      'task-16',
      '方案要推动<Quote from="task-99.p1">课堂革命</Quote>。',
      '<Quote from="task-99.p1">: the plan has no block',
    ],
  ])('content/summaries/%s.mdx: %j → %s', (key, text, says) => {
    const messages = check(`content/summaries/${key}.mdx`, text);
    if (says) expect(messages.join('\n')).toContain(says);
    else expect(messages).toEqual([]);
  });
});
