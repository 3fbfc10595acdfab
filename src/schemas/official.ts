import { z } from 'astro/zod';

/**
 * A string of official text as published: one line, no surrounding space.
 * Content files hold the text after corrections; the build checks it against
 * the capture.
 */
export const officialText = z
  .string()
  .min(1, 'official text cannot be empty')
  .refine((s) => s === s.trim() && !/[\r\n]/.test(s), 'official text is one line with no surrounding space');

/** A positive whole number used to count parts, sections, groups, tasks and measures. */
export const ordinal = z.number().int().positive();
