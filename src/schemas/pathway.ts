import { z } from 'astro/zod';

/** A place on the parents' pathways diagram, in a few words: 初中, 高职（专科）. */
export const pathwayPlaceSchema = z
  .string()
  .regex(/^[^\n]{2,6}$/, 'a place of 2 to 6 characters, short enough for its box');

/** One arrow of the pathways diagram on /guide/ (content/pathways.yaml), resting on the plan's words. */
export const pathwayStepSchema = z.strictObject({
  /** Where the arrow starts: 初中. */
  from: pathwayPlaceSchema,
  /** Where it leads: 中职. */
  to: pathwayPlaceSchema,
  /** The step in our words, one short sentence without its full stop: 中职按初中学业水平考试成绩招生. */
  says: z.string().regex(/^[^\n。]{4,30}$/, 'one short sentence of 4 to 30 characters, without 。'),
  /** The block that supports the step, `task-19.p1`. */
  block: z.string().min(1),
  /** The plan's words there that support it, exactly as printed. */
  quote: z.string().min(2),
  /** The plan's own hedge on it (探索), quoted from the same block; the arrow is drawn dashed. */
  hedge: z.string().min(1).optional(),
});

export type PathwayStep = z.infer<typeof pathwayStepSchema>;
