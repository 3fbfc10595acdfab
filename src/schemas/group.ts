import { z } from 'astro/zod';
import { officialText, ordinal } from './official.ts';

/** A task group of 二、重点任务 ((一)落实立德树人根本任务 …); it has no paragraphs of its own. */
export const groupSchema = z.strictObject({
  /** The group's number: 1 prints as （一）. */
  number: ordinal,
  /** The group's title without its number. */
  title: officialText,
});
