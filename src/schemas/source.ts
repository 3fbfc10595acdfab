import { z } from 'astro/zod';
import { documentSchema } from './document.ts';

/**
 * What kind of copy the editor read: on the issuer's own site, reposted by
 * another official body, reposted by anyone else, or reported by the media.
 * Only the first two may say that something happened (src/lib/sources.ts).
 */
export const SOURCE_KINDS = ['issuer', 'official-repost', 'unofficial-repost', 'media'] as const;

/** How the editor read a source: a stored copy of the page (the search tool's), or the live page. */
export const READ_WAYS = ['stored-copy', 'live'] as const;

/** A source's id: lower-case ASCII words joined by hyphens, a letter first. */
export const sourceIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens, a letter first');

/** A document outside the plan's text that the site relies on (content/sources.yaml), as the editor read it. */
export const sourceSchema = z.strictObject({
  /** How follow-ups, milestones and glossary entries cite it; never changes once published. */
  id: sourceIdSchema,
  /** The body that issued the document, as the page names it (for a repost, the issuer, not the reposting site). */
  publisher: z.string().min(2),
  /** The document's title exactly as the page prints it, without 《》. */
  title: z.string().min(2),
  /** Its document number as printed (綦教〔2023〕17号); left out only when the page shows none, never guessed. */
  number: z.string().min(2).optional(),
  /** The document's date as the page gives it, as precise as it gives it: 2024-12-06, or the year alone. */
  date: z.string().regex(/^\d{4}(?:-\d{2}-\d{2})?$/, 'a date such as 2024-12-06, or a year such as 2017'),
  /** The address of the page the editor read. */
  url: z.url({ protocol: /^https?$/, error: 'a full http(s) address of the page read' }),
  /** The site that holds the copy, in a few words: 綦江区人民政府网站. */
  site: z.string().min(2),
  /** What kind of copy it is: the issuer's own site, an official repost, an unofficial repost, or media. */
  kind: z.enum(SOURCE_KINDS),
  /** When and how the editor read it. */
  read: z.strictObject({
    /** The day the editor read it, YYYY-MM-DD. */
    date: z.iso.date('a date such as 2026-12-03'),
    /** A stored copy (the search tool's) or the live page. */
    way: z.enum(READ_WAYS),
  }),
  /** The few exact words the site relies on, each as the page prints them (its punctuation included). */
  words: z.array(z.string().min(2)).min(1),
  /** The page that publishes the plan itself: the site links it wherever it says 权威文本以…为准 (OFFICIAL_URL overrides). */
  officialText: z.literal(true).optional(),
  /** For the official text's page: its metadata table as read there, which content/document.yaml must match. */
  fields: documentSchema.optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type SourceKind = Source['kind'];
