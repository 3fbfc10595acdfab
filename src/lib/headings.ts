/**
 * How the plan prints its numbered headings. Content files store the number
 * and the title apart; these functions put them together exactly as the
 * published text has them, and take them apart again for the importer.
 */
import { fromChineseNumeral, toChineseNumeral } from './numerals.ts';

/** 一、总体要求 */
export const partHeading = (n: number, title: string) => `${toChineseNumeral(n)}、${title}`;
/** （一）指导思想: sections, task groups and measures. */
export const bracketHeading = (n: number, title: string) => `（${toChineseNumeral(n)}）${title}`;
/** 1加强职业学校思想政治教育: the capture lost the number's dot, and no mark is invented for it. */
export const taskHeading = (n: number, heading: string) => `${n}${heading}`;

export function parsePartHeading(text: string): { number: number; title: string } | undefined {
  const m = /^([一二三四五六七八九十]+)、(.+)$/.exec(text);
  const n = m && fromChineseNumeral(m[1]!);
  return n ? { number: n, title: m[2]! } : undefined;
}

export function parseBracketHeading(text: string): { number: number; title: string } | undefined {
  const m = /^（([一二三四五六七八九十]+)）(.+)$/.exec(text);
  const n = m && fromChineseNumeral(m[1]!);
  return n ? { number: n, title: m[2]! } : undefined;
}

/** Splits a task heading line; the number must be the one expected next. */
export function parseTaskHeading(text: string, expected: number): { number: number; heading: string } | undefined {
  const prefix = String(expected);
  if (!text.startsWith(prefix) || /^\d/.test(text.slice(prefix.length))) return undefined;
  const heading = text.slice(prefix.length);
  return heading ? { number: expected, heading } : undefined;
}
