import { z } from 'astro/zod';
import { frontSchema } from './front.ts';
import { groupSchema } from './group.ts';
import { measureSchema } from './measure.ts';
import { noticeSchema } from './notice.ts';
import { partSchema } from './part.ts';
import { sectionSchema } from './section.ts';
import { taskSchema } from './task.ts';

/** Every kind of unit, in the order the plan nests them. */
export const UNIT_KINDS = ['notice', 'front', 'part', 'section', 'group', 'task', 'measure'] as const;

/** The kind of a unit of the plan. */
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

const source = <K extends UnitKind, S extends z.ZodType>(kind: K, frontmatter: S) =>
  z.strictObject({
    /** Which kind of unit the file holds, decided by where the file lives. */
    kind: z.literal(kind),
    /** The file's frontmatter, checked against the kind's schema. */
    data: frontmatter,
  });

/**
 * The frontmatter of a content file of the plan, by kind. Every unit's type
 * comes from here, so renaming a field in a schema breaks the code that reads it.
 */
export const unitSourceSchema = z.discriminatedUnion('kind', [
  source('notice', noticeSchema),
  source('front', frontSchema),
  source('part', partSchema),
  source('section', sectionSchema),
  source('group', groupSchema),
  source('task', taskSchema),
  source('measure', measureSchema),
]);

export type UnitFrontmatter = z.infer<typeof unitSourceSchema>;
