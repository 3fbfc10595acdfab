import { defineCollection } from 'astro:content';
import { faqLoader, glossaryLoader, guideLoader, planLoader, summaryLoader } from './loaders/plan.ts';
import { faqEntrySchema } from './schemas/faq.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { guideSectionSchema } from './schemas/guide.ts';
import { planDataSchema } from './schemas/plan-data.ts';
import { summaryEntrySchema } from './schemas/summary.ts';

/**
 * The plan is one entry, loaded once per build by its own loader, which
 * reads the capture, the corrections, the metadata, the MDX files that store
 * the official text, and our editorial layer (glossary, targets, relations),
 * and checks them all against each other. The glossary, summaries, faq
 * and guide collections hold our MDX bodies, for rendering.
 */
export const collections = {
  plan: defineCollection({ loader: planLoader(), schema: planDataSchema }),
  glossary: defineCollection({ loader: glossaryLoader(), schema: glossaryEntrySchema }),
  summaries: defineCollection({ loader: summaryLoader(), schema: summaryEntrySchema }),
  faq: defineCollection({ loader: faqLoader(), schema: faqEntrySchema }),
  guide: defineCollection({ loader: guideLoader(), schema: guideSectionSchema }),
};
