import { z } from 'astro/zod';

/** One of the plan's hedges, with the words that keep it in ours. */
export const hedgeSchema = z.strictObject({
  /** The hedge as the plan prints it: 推动建立, 力争. */
  words: z.string().min(2),
  /** Words in our sentence that keep it (the hedge itself, or a plain equivalent): 推动 for 推动建立. */
  keeps: z.array(z.string().min(2)).min(1),
  /** Whether it is a verb of encouragement (支持, 鼓励, 推动), which our words may not turn into 要求 or a fact. */
  encourages: z.boolean().default(false),
});

/** A sentence of ours excused from a check of its words, with the reason an editor gave. */
export const hedgeAllowSchema = z.strictObject({
  /** The file the sentence is in, as the loader names it: content/glossary/sanjiao-gaige.mdx. */
  file: z.string().min(1),
  /** The word excused there: a hedge, a word of degree, or a completion word. */
  word: z.string().min(2),
  /** A few words of the sentence, enough to find it, as a reader sees them. */
  sentence: z.string().min(4),
  /** Why the plan's word does not apply to this sentence: one sentence. */
  reason: z
    .string({ error: 'say why, in a sentence: an entry without its reason is refused' })
    .min(10, 'say why, in a sentence: an entry without its reason is refused'),
});

/** content/hedges.yaml: the plan's hedges, the words of degree, and the sentences excused. */
export const hedgesFileSchema = z.strictObject({
  /** The plan's hedges: a sentence of ours citing a clause that has one keeps one. */
  hedges: z.array(hedgeSchema).min(1),
  /** Words of degree (大力, 全面) our own words may use only where the clause cited uses them. */
  degree: z.array(z.string().min(2)),
  /** Sentences excused, each with its reason. */
  allow: z.array(hedgeAllowSchema).default([]),
});

export type Hedge = z.infer<typeof hedgeSchema>;
export type HedgeAllow = z.infer<typeof hedgeAllowSchema>;
export type HedgesFile = z.infer<typeof hedgesFileSchema>;
