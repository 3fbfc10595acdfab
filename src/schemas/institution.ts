import { z } from 'astro/zod';

/** The kinds of place 院校与项目 groups by, in the page's order. */
export const INSTITUTION_KINDS = ['college', 'school', 'place', 'project', 'district'] as const;

/** One place where the plan names an institution, in its own words. */
export const mentionSchema = z.strictObject({
  /** The block that names it, `task-06.p1`. */
  block: z.string().min(1),
  /** The plan's words there, exactly as printed; they hold `words`. */
  quote: z.string().min(1),
});

/** A school, college, place or project the plan names (content/institutions.yaml). */
export const institutionSchema = z.strictObject({
  /** Its anchor on /institutions/; never changes once published. */
  slug: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens, a letter first'),
  /** What kind of place it is, for grouping. */
  kind: z.enum(INSTITUTION_KINDS),
  /** The words by which the plan names it, exactly: 重庆德国埃森大学, 职教城. */
  words: z.string().min(2),
  /** Our heading for it, when the plan's words alone would be ambiguous: 职教城（永桐新城）. */
  label: z.string().min(2).optional(),
  /** Every place the plan names it, in reading order. */
  mentions: z.array(mentionSchema).min(1),
});

export type Institution = z.infer<typeof institutionSchema>;
