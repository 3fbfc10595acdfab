import { z } from 'astro/zod';
import { correctionSchema } from './correction.ts';
import { documentSchema } from './document.ts';
import { publishedRelationSchema, publishedTermSchema } from './editorial.ts';
import { publishedFaqSchema } from './faq.ts';
import { institutionSchema } from './institution.ts';
import { milestoneSchema } from './milestone.ts';
import { publishedGuideSectionSchema } from './guide.ts';
import { pathwayStepSchema } from './pathway.ts';
import { changelogEntrySchema } from './changelog.ts';
import { followUpSchema } from './follow-up.ts';
import { sourceSchema } from './source.ts';
import { targetSchema } from './target.ts';
import { publishedUnitSchema } from './unit.ts';

/**
 * The plan as the loader publishes it, once per build: every unit with its
 * checked official text, the metadata, the corrections list, and our
 * editorial layer (glossary, targets, relations). Pages read only this
 * (src/data/published.ts); glossary bodies render from the `glossary` collection.
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
  /** The glossary, sorted by pinyin, with where the plan uses each term. */
  glossary: z.array(publishedTermSchema),
  /** The 2025 targets of 主要目标, in the plan's order. */
  targets: z.array(targetSchema),
  /** Ties between places of the plan, as content/relations.yaml lists them. */
  relations: z.array(publishedRelationSchema),
  /** The terms each unit uses, heading included, in order of first use, by unit key. */
  termsByUnit: z.record(z.string(), z.array(z.string())),
  /** Our one-sentence summary of each task and measure, as plain text, by unit key. */
  summaries: z.record(z.string(), z.string()),
  /** 常见问题, in the order of the page, each answer as plain text with the blocks it cites. */
  faq: z.array(publishedFaqSchema),
  /** 院校与项目: what the plan names, each with its own words, as content/institutions.yaml orders them. */
  institutions: z.array(institutionSchema),
  /** The dated steps the plan sets, as content/milestones.yaml orders them. */
  milestones: z.array(milestoneSchema),
  /** The parents' guide, section by section, each as plain text with the blocks it cites. */
  guide: z.array(publishedGuideSectionSchema),
  /** The arrows of the parents' pathways diagram, as content/pathways.yaml orders them. */
  pathways: z.array(pathwayStepSchema),
  /** What changed in each version of the site, newest first. */
  changelog: z.array(changelogEntrySchema),
  /** The documents outside the plan's text the site relies on, as content/sources.yaml lists them. */
  sources: z.array(sourceSchema),
  /** What official pages said afterwards about the targets, as content/follow-ups.yaml lists them. */
  followUps: z.array(followUpSchema),
});

/** The id of the one entry of the `plan` collection. */
export const PLAN_ENTRY = 'plan';

export type PlanData = z.infer<typeof planDataSchema>;
