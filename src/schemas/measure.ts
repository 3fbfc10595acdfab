import { z } from 'astro/zod';
import { officialText, ordinal } from './official.ts';

/** One of the four measures of 三、保障措施; its body holds the paragraph. */
export const measureSchema = z.strictObject({
  /** The measure's number: 1 prints as （一）. */
  number: ordinal,
  /** The measure's title without its number. */
  title: officialText,
});
