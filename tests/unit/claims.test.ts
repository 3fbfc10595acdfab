/** Our prose read as claims (src/lib/claims.ts): sentences, what each quotes and cites, and our own words. */
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../src/lib/claims.ts';

const terms: Record<string, string> = { 'chuzhong-xueye-shuiping-kaoshi': '初中学业水平考试' };
const claims = (body: string) => claimsOf('f.mdx', body, 5, (s) => terms[s]);

describe('claims of a body', () => {
  it('cuts sentences at 。；！？ and line ends, not inside “…”', () => {
    expect(claims('甲说“一。二”。乙；丙\n\n- 丁').map((c) => [c.line, c.text])).toEqual([
      [5, '甲说“一。二”。'],
      [5, '乙；'],
      [5, '丙'],
      [7, '丁'],
    ]);
  });
  it('reads terms as their names, keeps quoted words out of our own, and notes what each cites', () => {
    const [c] = claims(
      '方案要求推动建立<Quote from="task-19.p1">以初中学业水平考试成绩为主要依据</Quote>（<Ref to="task-19.p1">重点任务第19项</Ref>），<Term slug="chuzhong-xueye-shuiping-kaoshi" />就是“中考”。',
    );
    expect(c).toMatchObject({
      text: '方案要求推动建立以初中学业水平考试成绩为主要依据（重点任务第19项），初中学业水平考试就是“中考”。',
      own: '方案要求推动建立（重点任务第19项），初中学业水平考试就是。',
      quotes: [{ block: 'task-19.p1', words: '以初中学业水平考试成绩为主要依据' }],
      refs: ['task-19.p1'],
    });
  });
  it('a sentence that points back takes over the blocks before it; others cite nothing', () => {
    const [, back, other] = claims('<Ref to="task-19.p1" />要求甲。同一项还要求乙。方案没有写丙。');
    expect(back).toMatchObject({ refs: ['task-19.p1'], inherited: true });
    expect(other!.refs).toEqual([]);
  });
  it('notes an official follow-up shown', () => {
    expect(claims('本站找到了：\n\n<FollowUps target="zhongzhi-biaozhun" />').map((c) => c.followUp)).toEqual([true]);
  });
});
