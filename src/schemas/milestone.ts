import { z } from 'astro/zod';

/** A dated step the plan sets (content/milestones.yaml), shown on the timeline of /targets/. */
export const milestoneSchema = z.strictObject({
  /** Its anchor on /targets/ (`#m-yunan-zhijiaocheng`); never changes once published. */
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens, a letter first'),
  /** The plan's own words for when, exactly as printed in the block: 2023年, 十四五期间, 2023年3月24日. */
  when: z.string().min(2),
  /** The last year `when` can mean, for the timeline's order: 2025 for 十四五期间. */
  year: z.number().int().min(2021).max(2035),
  /** Our short label: 渝南职教城（一期）建成. */
  label: z.string().min(2),
  /** The block that sets it, `task-10.p1`. */
  block: z.string().min(1),
  /** What is due, in the plan's words, exactly once in that block and after `when`. */
  quote: z.string().min(2),
  /** The plan's own hedge on it (力争), quoted from the same block; absent when the plan sets it plainly. */
  hedge: z.string().min(1).optional(),
});

export type Milestone = z.infer<typeof milestoneSchema>;
