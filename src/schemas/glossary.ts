import { z } from 'astro/zod';
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
  /** Other forms the plan uses and short forms; each is linked in the official text like the term. */
  aliases: z.array(z.string().min(1)).default([]),
  /** Words a parent might type for it (职高 for 中等职业学校); search uses them, the text never links them. */
  everyday: z.array(z.string().min(1)).default([]),
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
