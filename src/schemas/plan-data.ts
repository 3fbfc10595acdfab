import { z } from 'astro/zod';
import { correctionSchema } from './correction.ts';
import { documentSchema } from './document.ts';
import { publishedUnitSchema } from './unit.ts';

/**
 * The plan as the loader publishes it, once per build: every unit with its
 * checked official text, the metadata and the corrections list. Pages read
 * only this (src/data/site.ts).
 */
export const planDataSchema = z.strictObject({
  /** The metadata table of the captured page. */
  document: documentSchema,
  /** Every unit, in reading order. */
  units: z.array(publishedUnitSchema),
  /** The corrections list, as content/corrections.yaml orders it. */
  corrections: z.array(correctionSchema),
  /** How many times each correction changed the text, by id. */
  uses: z.record(z.string(), z.number().int().nonnegative()),
});

/** The id of the one entry of the `plan` collection. */
export const PLAN_ENTRY = 'plan';

export type PlanData = z.infer<typeof planDataSchema>;
