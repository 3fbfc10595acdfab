import { z } from 'astro/zod';
import { sourceIdSchema } from './source.ts';
import { targetIdSchema } from './target.ts';

/**
 * What an official page said afterwards about one of the plan's targets
 * (content/follow-ups.yaml), shown beside the target as what was said, by
 * whom, when and where, never as the target met.
 */
export const followUpSchema = z.strictObject({
  /** Its anchor on /targets/ (`#f-<id>`); never changes once published. */
  id: z.string().regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'lower-case ASCII words joined by hyphens, a letter first'),
  /** The target it speaks of, as content/targets.yaml names it. */
  target: targetIdSchema,
  /** The page that said it, an id of content/sources.yaml: the issuer's own site or an official repost. */
  source: sourceIdSchema,
  /** Who said it, as the site names that body elsewhere: 区教委. */
  who: z.string().regex(/^[^\n。]{2,12}$/, 'a short name such as 区教委'),
  /** What the page is, as its title calls it, for the link's words: 复函. */
  page: z.string().regex(/^[^\n。]{2,8}$/, 'a word or two from the page’s title, such as 复函'),
  /** How it was said, to follow the date in our sentence: 答复区政协委员提案时. */
  occasion: z.string().regex(/^[^\n。]{2,20}$/, 'a few words without 。, such as 答复区政协委员提案时'),
  /** The page's exact words relied on, among the source's `words`. */
  quote: z.string().min(2),
  /** Our sentences, one an item, on how those words differ from the target's; the plan's words only in <Quote from="…">…</Quote>. */
  differs: z.array(z.string().regex(/^[^\n]+[。！？]$/, 'one sentence on one line, ending with 。')).min(1),
});

export type FollowUp = z.infer<typeof followUpSchema>;
