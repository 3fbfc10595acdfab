import { z } from 'astro/zod';
import { officialText } from './official.ts';

/** The plan's title page; its body is the preamble (为贯彻落实……制定本实施方案。). */
export const frontSchema = z.strictObject({
  /** The title as the document breaks it into lines. */
  titleLines: z.array(officialText).min(1),
});
