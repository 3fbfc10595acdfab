import { z } from 'astro/zod';
import { officialText, ordinal } from './official.ts';

/** A section of 一、总体要求 ((一)指导思想 …); its body holds the paragraphs. */
export const sectionSchema = z.strictObject({
  /** The section's number within its part: 1 prints as （一）. */
  number: ordinal,
  /** The URL segment under /plan/general/, stable once published. */
  slug: z.string().regex(/^[a-z]+$/, 'slugs are lower-case ASCII letters'),
  /** The section's title without its number. */
  title: officialText,
});
