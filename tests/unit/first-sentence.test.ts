import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/lib/excerpt.ts';

describe('firstSentence', () => {
  it.each<[string, string, string, boolean]>([
    ['cut after the first full stop', '甲乙。丙丁。', '甲乙。', true],
    ['a question mark ends it too', '甲乙？丙丁。', '甲乙？', true],
    ['one sentence is whole', '甲乙丙丁。', '甲乙丙丁。', false],
    ['no mark: the whole paragraph', '甲乙，丙丁', '甲乙，丙丁', false],
    ['a comma does not end it', '甲，乙。丙', '甲，乙。', true],
  ])('%s', (_, text, want, more) => {
    expect(firstSentence(text)).toEqual({ text: want, more });
    expect(text.startsWith(firstSentence(text).text)).toBe(true);
  });
});
