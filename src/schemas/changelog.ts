import { z } from 'astro/zod';

/** One version of the site and what changed in it (content/changelog.yaml), newest first. */
export const changelogEntrySchema = z.strictObject({
  /** The site's version, as package.json gives it: 0.2.0. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version such as 0.2.0, as package.json gives it'),
  /** The day it was released, YYYY-MM-DD. */
  date: z.iso.date('a date such as 2026-11-28'),
  /** What changed, for readers, one short sentence each. */
  changes: z.array(z.string().min(2)).min(1),
});

export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
