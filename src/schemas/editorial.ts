import { z } from 'astro/zod';
import { glossaryEntrySchema } from './glossary.ts';
import { relationKindSchema } from './relation.ts';
import { sourceSchema } from './source.ts';

/** A glossary entry as the site publishes it: its frontmatter, where it came from and where the plan uses it. */
export const publishedTermSchema = glossaryEntrySchema.extend({
  /** What it rests on: the plan alone, or a document of content/sources.yaml, given whole. */
  basis: z.union([z.literal('plan'), z.strictObject({ kind: z.literal('source'), source: sourceSchema })]),
  /** The file it was read from, as the author sees the path. */
  file: z.string(),
  /** Every block whose text uses the term or an alias, in reading order, headings included. */
  uses: z.array(z.string()),
  /** Where the term or an alias stands in each of those blocks (UTF-16 offsets), by block id: found once, by the loader. */
  spans: z.record(z.string(), z.array(z.strictObject({ start: z.number().int(), end: z.number().int() }))),
});

/** One end of a relation, resolved against the plan. */
export const endpointDataSchema = z.strictObject({
  /** As content/relations.yaml names it: `task-09`, `section-3.p6`, `target:shuangshi`. */
  id: z.string(),
  /** The unit whose page shows the relation. */
  unit: z.string(),
  /** The block it names, if any. */
  block: z.string().optional(),
  /** The target it names, if any. */
  target: z.string().optional(),
});

/** A relation with both ends resolved. */
export const publishedRelationSchema = z.strictObject({
  /** What it says. */
  kind: relationKindSchema,
  /** The words of the plan that tie the ends. */
  via: z.string(),
  /** Our short reason. */
  reason: z.string(),
  /** Where it starts. */
  from: endpointDataSchema,
  /** Where it points. */
  to: endpointDataSchema,
});

export type PublishedTerm = z.infer<typeof publishedTermSchema>;
export type PublishedRelation = z.infer<typeof publishedRelationSchema>;
