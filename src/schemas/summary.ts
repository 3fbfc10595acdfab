import { z } from 'astro/zod';

/** A summary (一句话看懂) as the `summaries` collection holds it; its MDX body is the summary. */
export const summaryEntrySchema = z.strictObject({
  /** The key of the task or measure it summarizes, from the file's name: `task-09`. */
  unit: z.string().regex(/^(task|measure)-\d+$/),
});

export type SummaryEntry = z.infer<typeof summaryEntrySchema>;
