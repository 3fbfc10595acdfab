import { z } from 'astro/zod';
import { searchWordSchema } from './search-word.ts';
import { sourceIdSchema } from './source.ts';

/** A glossary slug: lower-case ASCII words joined by hyphens, `sanjiao-gaige`. */
export const termSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slugs are lower-case ASCII words joined by hyphens, such as sanjiao-gaige');

/** An entry resting on a document outside the plan, listed in content/sources.yaml. */
export const termSourceSchema = z.strictObject({
  /** Marks the entry as resting on a confirmed document. */
  kind: z.literal('source'),
  /** The id of the document in content/sources.yaml, where its title, number, address and the words relied on are. */
  source: sourceIdSchema,
});

/**
 * A term of the plan explained for readers (content/glossary/<slug>.mdx).
 * The body under the frontmatter is our plain-language explanation.
 */
export const glossaryEntrySchema = z.strictObject({
  /** The term as the plan writes it. */
  term: z.string().min(1),
  /** Its URL name, /glossary/<slug>/, made from pinyin when the entry was written (npm run term); never changes. */
  slug: termSlugSchema,
  /**
   * Other names of the term that the plan itself uses (高职 for 高等职业院校), or a width form of one (1＋X):
   * shown as 又称, linked in the official text and searched as the term. Never a word for only a kind of it.
   */
  aliases: z.array(z.string().min(1)).default([]),
  /** Words the plan uses for a kind of the term (在线精品开放课程): linked and searched like an alias, never shown as a name. */
  kinds: z.array(z.string().min(1)).default([]),
  /**
   * Related everyday words a reader types for it (职高, 普高), each with why: they lead search to the entry,
   * rank below pages that hold the word itself, and are never shown or linked as a name of the term.
   */
  searchWords: z.array(searchWordSchema).default([]),
  /** Longer words in which the term or an alias is not meant (提高职业 for 高职): matches inside them are skipped. */
  notIn: z.array(z.string().min(1)).default([]),
  /** One sentence in our words, for popups and search results. */
  definition: z
    .string()
    .min(1)
    .max(120, 'a definition is one sentence of at most 120 characters; the body has room for more')
    .regex(/。$/, 'a definition is one sentence ending with 。'),
  /** Slugs of related entries. */
  related: z.array(termSlugSchema).default([]),
  /** What the entry rests on: `plan` (only what the plan says, cited with <Ref>), or a confirmed document. */
  basis: z.union([z.literal('plan'), termSourceSchema]),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type TermSource = z.infer<typeof termSourceSchema>;
