/**
 * Completion words (建成, 完成, 达到 …) in our own words read as done. About
 * a target or a dated step they must be framed as the plan's aim (计划,
 * 要求, 目标 …) or as not known (是否, 不知道), or the sentence must cite an
 * official follow-up that says it happened (src/lib/follow-ups.ts). A
 * parent who reads 渝南职教城（一期）建成 under 2023年 believes it was built.
 * Pure: the text given is one sentence or label, our words only (quotes of
 * the plan left out).
 */

/** Words that say something is done. */
export const COMPLETION_WORDS = [
  '建成',
  '完成',
  '达到',
  '达标',
  '实现',
  '落成',
  '竣工',
  '投用',
  '投入使用',
  '通过验收',
  '通过达标验收',
] as const;

/** Words before a completion word that make it an aim, a question, or something not known. */
export const AIM_WORDS = [
  '计划',
  '要求',
  '推动',
  '推进',
  '目标',
  '希望',
  '力争',
  '争取',
  '方向',
  '提出',
  '定下',
  '是否',
  '有没有',
  '能不能',
  '不知道',
  '没有写',
] as const;

/** A word right before a completion word that makes it something to come: 要达到, 将建成. */
const MODAL = /(?:要|将|应当?|能够)$/;

/** The first completion word of `text` with no aim word before it, or undefined when every one is framed. */
export function unframedCompletion(text: string): string | undefined {
  const words = [...COMPLETION_WORDS].sort((a, b) => b.length - a.length);
  for (let i = 0; i < text.length; i++) {
    const word = words.find((w) => text.startsWith(w, i));
    if (!word) continue;
    const before = text.slice(0, i);
    if (!AIM_WORDS.some((a) => before.includes(a)) && !MODAL.test(before)) return word;
    i += word.length - 1;
  }
  return undefined;
}
