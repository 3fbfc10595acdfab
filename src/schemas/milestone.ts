import { z } from 'astro/zod';
import { sourceIdSchema } from './source.ts';

/** What every dated step of the timeline has. */
const step = {
  /** Its anchor on /targets/ (`#m-yunan-zhijiaocheng`); never changes once published. */
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens, a letter first'),
  /** When, in the plan's own words as printed in `block` (2023年, 十四五期间, 2023年3月24日). */
  when: z.string().min(2),
  /** The last year `when` can mean, for the timeline's order: 2025 for 十四五期间. */
  year: z.number().int().min(2021).max(2035),
};

/** A step the plan sets for a date: an aim, never shown as done. */
export const plannedMilestoneSchema = z.strictObject({
  /** A step the plan sets: 计划…, shown apart from what happened. */
  kind: z.literal('planned'),
  ...step,
  /** Our short label, framed as the plan's aim: 计划2023年完成渝南职教城（一期）建设. */
  label: z.string().min(2),
  /** The block that sets it, `task-10.p1`. */
  block: z.string().min(1),
  /** What is due, in the plan's words, exactly once in that block and after `when`. */
  quote: z.string().min(2),
  /** The plan's own hedge on it (力争), quoted from the same block; required when the block gives one there. */
  hedge: z.string().min(1).optional(),
});

/** Something that happened, which an official page says. */
export const happenedMilestoneSchema = z.strictObject({
  /** A step that happened, resting on an official page. */
  kind: z.literal('happened'),
  ...step,
  /** Our short label of what happened: 区教委印发本方案. */
  label: z.string().min(2),
  /** The page that says it happened, an id of content/sources.yaml: the issuer's own site or an official repost. */
  source: sourceIdSchema,
  /** That page's exact words saying it, among the source's `words`. */
  says: z.string().min(2),
  /** A block of the plan that records it too, `notice.date`, when there is one. */
  block: z.string().min(1).optional(),
  /** The words of that block for it, exactly once in it. */
  quote: z.string().min(2).optional(),
});

/** A dated step on the timeline of /targets/ (content/milestones.yaml): planned by the plan, or happened. */
export const milestoneSchema = z.discriminatedUnion('kind', [plannedMilestoneSchema, happenedMilestoneSchema]);

export type Milestone = z.infer<typeof milestoneSchema>;
export type PlannedMilestone = z.infer<typeof plannedMilestoneSchema>;
export type HappenedMilestone = z.infer<typeof happenedMilestoneSchema>;
