/**
 * The two kept libraries search forgives typing with, read at build time
 * only: OpenCC's traditional-to-simplified table (opencc-js) and pinyin-pro's
 * readings. The search page ships what they give for the site's own words
 * (src/lib/search-typing.ts), never the libraries.
 */
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { pinyin } from 'pinyin-pro';
import type { TypingSources } from './search-typing.ts';

export const typingSources: Omit<TypingSources, 'words' | 'text'> = {
  tsCharacters,
  // Read in context, so 重庆 is chong qing; without tones, ü as v, as people type with the input method off.
  pinyinOf: (word) => pinyin(word, { toneType: 'none', type: 'array', nonZh: 'removed', v: true }),
};
