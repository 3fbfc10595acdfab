import { z } from 'astro/zod';
import { officialText, ordinal } from './official.ts';

/** One of the 26 numbered tasks; its body holds the task's paragraph. */
export const taskSchema = z.strictObject({
  /** The task's number, counted through the whole of 二、重点任务. */
  number: ordinal,
  /** The number of the group the task belongs to. */
  group: ordinal,
  /** The task's heading, exactly as captured, without its number. */
  heading: officialText,
});
