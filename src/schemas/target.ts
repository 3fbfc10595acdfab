import { z } from 'astro/zod';

/** A target's id: the anchor `target-<id>` and the name relations use, `target:<id>`. */
export const targetIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'target ids are lower-case ASCII words joined by hyphens');

/** One of the plan's 2025 targets in 主要目标, quoted from the paragraph that sets it (content/targets.yaml). */
export const targetSchema = z.strictObject({
  /** Stable id; never changes once published. */
  id: targetIdSchema,
  /** Our short label for lists: 8所高校. */
  label: z.string().min(1),
  /** The block that states it, `section-3.p1`. */
  block: z.string().min(1),
  /** The target in the plan's words, exactly once in that block; these words carry the anchor. */
  quote: z.string().min(1),
  /** The plan's own hedge on it (尽最大可能), quoted from the same block; absent when the plan sets it plainly. */
  hedge: z.string().min(1).optional(),
});

export type Target = z.infer<typeof targetSchema>;
