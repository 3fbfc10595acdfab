import { z } from 'astro/zod';
import { officialText, ordinal } from './official.ts';

/** A part of the plan (一、总体要求 …); it has no paragraphs of its own. */
export const partSchema = z.strictObject({
  /** The part's number: 1 prints as 一、. */
  number: ordinal,
  /** The part's title without its number. */
  title: officialText,
});
