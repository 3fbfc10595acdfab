import { z } from 'astro/zod';

/**
 * A related everyday word that leads search to a glossary entry or a guide section: never shown as
 * a name of it, ranked below pages that hold the word itself.
 */
export const searchWordSchema = z.strictObject({
  /** What a reader types: 普高, 多少钱. */
  word: z.string().min(1),
  /** One line: why a reader typing it wants this entry or section. */
  why: z.string().regex(/^[^\n]{4,60}$/, 'one line of 4 to 60 characters: why a reader typing the word wants this'),
});

/** A search word of a guide section, with the section's own words that answer it. */
export const guideSearchWordSchema = searchWordSchema.extend({
  /** Words of the section's text that answer it, highlighted in the result (学费和资助). */
  see: z.string().min(1),
});

export type SearchWord = z.infer<typeof searchWordSchema>;
export type GuideSearchWord = z.infer<typeof guideSearchWordSchema>;
