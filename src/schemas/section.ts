import { z } from 'astro/zod';
import { officialText, ordinal } from './official.ts';

/** A section of 一、总体要求 ((一)指导思想 …); its body holds the paragraphs. */
export const sectionSchema = z.strictObject({
  /** The section's number within its part: 1 prints as （一）. */
  number: ordinal,
  /** The section's title without its number. */
  title: officialText,
});
