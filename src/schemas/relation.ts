import { z } from 'astro/zod';

/**
 * What a relation says: a task `serves` a target, a goal or a principle; a
 * measure `supports` a task; two units are `related` (either way round).
 */
export const relationKindSchema = z.enum(['serves', 'supports', 'related']);

/** One end of a relation: a unit (`task-09`), a block (`section-3.p6`) or a target (`target:shuangshi`). */
export const endpointSchema = z
  .string()
  .regex(
    /^(?:[a-z]+(?:-\d+)?(?:\.[a-z0-9]+)?|target:[a-z0-9-]+)$/,
    'ends look like task-09, section-3.p6 or target:shuangshi',
  );

/** A tie between two places of the plan that its own words make (content/relations.yaml). */
export const relationSchema = z.strictObject({
  /** Where the relation starts. */
  from: endpointSchema,
  /** Where it points. */
  to: endpointSchema,
  /** What it says. */
  kind: relationKindSchema,
  /** Words of the plan that tie the two: they occur at both ends. */
  via: z.string().min(1),
  /** Why, in one short sentence of ours. */
  reason: z.string().min(1),
});

export type RelationKind = z.infer<typeof relationKindSchema>;
export type Relation = z.infer<typeof relationSchema>;
