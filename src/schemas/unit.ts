import { z } from 'astro/zod';
import { blockSchema, publishedBlockSchema } from './block.ts';
import { officialText, ordinal } from './official.ts';
import { unitKindSchema } from './unit-source.ts';

/** A unit of the plan (notice, title page, part, section, task group, task, measure) with its official blocks. */
export const unitSchema = z.strictObject({
  /** Stable key, `task-09`; prefix of its blocks' ids. */
  key: z.string().regex(/^[a-z]+(?:-\d+)?$/),
  /** Which kind of unit it is. */
  kind: unitKindSchema,
  /** The unit's own number (task 9, group 4 …); absent for the notice and the title page. */
  number: ordinal.optional(),
  /** The title without its number, as navigation lists it. */
  title: officialText,
  /** The heading as printed, with its number: （四）打造高素质职教师资队伍. */
  heading: officialText,
  /** Key of the unit this one belongs to. */
  parent: z.string().optional(),
  /** The content file it was read from, as the author sees the path. */
  file: z.string().optional(),
  /** Its official text, in order. */
  blocks: z.array(blockSchema),
});

/** A unit as the site publishes it. */
export const publishedUnitSchema = unitSchema.extend({
  /** Its official text, in order, with origins and marks. */
  blocks: z.array(publishedBlockSchema),
});

export type Unit = z.infer<typeof unitSchema>;
export type PublishedUnit = z.infer<typeof publishedUnitSchema>;
