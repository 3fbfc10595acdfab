import { z } from 'astro/zod';
import { guideSearchWordSchema } from './search-word.ts';

/** The frontmatter of one section of the parents' guide (content/guide/NN-<slug>.mdx); the MDX body is ours. */
export const guideSectionSchema = z.strictObject({
  /** The section's heading in plain words, at most 16 characters: 读完中职还能升学. */
  heading: z.string().regex(/^[^\n]{2,16}$/, 'a heading of 2 to 16 characters on one line'),
  /** Its anchor on /guide/ (`#shengxue`): lower-case ASCII words, a letter first; never changes once published. */
  slug: z
    .string()
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens, a letter first: shengxue'),
  /** Everyday words that lead search to this section (多少钱 to 方案没有写的), each with why and the words that answer it. */
  searchWords: z.array(guideSearchWordSchema).default([]),
});

export type GuideSection = z.infer<typeof guideSectionSchema>;

/** A section as the site publishes it, in the order of the files. */
export const publishedGuideSectionSchema = guideSectionSchema.extend({
  /** The file it was read from, as the author sees the path. */
  file: z.string(),
  /** The section as plain text, for search. */
  text: z.string(),
  /** The blocks it cites or quotes, in order. */
  cites: z.array(z.string()),
});

export type PublishedGuideSection = z.infer<typeof publishedGuideSectionSchema>;
