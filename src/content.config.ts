import { defineCollection } from 'astro:content';
import { planLoader } from './loaders/plan.ts';
import { planDataSchema } from './schemas/plan-data.ts';

/**
 * The plan is one entry, loaded once per build by its own loader, which
 * reads the capture, the corrections, the metadata and the MDX files that
 * store the official text, and checks them against each other.
 */
export const collections = {
  plan: defineCollection({ loader: planLoader(), schema: planDataSchema }),
};
