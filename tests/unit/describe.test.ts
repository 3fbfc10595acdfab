import { describe, expect, it } from 'vitest';
import { cutAtPunctuation } from '../../src/lib/describe.ts';

describe('descriptions cut at a punctuation mark', () => {
  it.each<[string, number, string]>([
    ['短句。', 10, '短句。'],
    ['强化职教师资引进和培育，面向战略新兴产业', 15, '强化职教师资引进和培育…'],
    ['一、二；三四五六七八', 8, '一、二…'],
    ['没有标点的很长很长的一句话', 6, '没有标点的很…'],
  ])('%s (at most %i) → %s', (text, max, want) => {
    expect(cutAtPunctuation(text, max)).toBe(want);
  });
});
