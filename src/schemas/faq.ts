import { z } from 'astro/zod';

/** The frontmatter of one question of 常见问题 (content/faq/NN-<slug>.mdx); the MDX body is our answer. */
export const faqEntrySchema = z.strictObject({
  /** The question as a parent would ask it, ending with ？. */
  question: z.string().regex(/^[^\n]{4,40}？$/, 'a question of 4 to 40 characters on one line, ending with ？'),
  /** Its anchor on /faq/ (`#zhongzhi-shang-daxue`): lower-case ASCII words, a letter first; never changes once published. */
  slug: z
    .string()
    .regex(
      /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
      'lower-case ASCII words joined by hyphens, a letter first: zhongzhi-shang-daxue',
    ),
});

export type FaqEntry = z.infer<typeof faqEntrySchema>;

/** A question as the site publishes it, in the order of the files. */
export const publishedFaqSchema = faqEntrySchema.extend({
  /** The file it was read from, as the author sees the path. */
  file: z.string(),
  /** Our answer as plain text, for search and plan-free exports. */
  answer: z.string(),
  /** The blocks the answer cites or quotes, in order. */
  cites: z.array(z.string()),
});

export type PublishedFaq = z.infer<typeof publishedFaqSchema>;
