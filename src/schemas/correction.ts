import { z } from 'astro/zod';

/** A punctuation mark the capture folded to ASCII, restored everywhere. */
export const ruleSchema = z.strictObject({
  /** Stable id, `R` and a number, used in links from the 校勘说明 page. */
  id: z.string().regex(/^R\d+$/, 'rule ids look like R1'),
  /** Marks this entry as a rule that applies to the whole text. */
  kind: z.literal('rule'),
  /** The captured character. */
  old: z.string().min(1),
  /** The character the official text has. */
  new: z.string().min(1),
  /** Where the rule must not apply: between two digits a colon is a ratio (3.2:6.8). */
  except: z.literal('between-digits').optional(),
  /** Why the rule is right, in words a reader understands. */
  why: z.string().min(1),
});

/** One place where the capture lost something, restored by an editor. */
export const restorationSchema = z.strictObject({
  /** Stable id, `C` and a number, used as the anchor on the 校勘说明 page. */
  id: z.string().regex(/^C\d+$/, 'restoration ids look like C01'),
  /** Marks this entry as a single restoration. */
  kind: z.literal('restoration'),
  /** Line number in content/source/qijiao-2023-17.raw.txt where `old` stands. */
  line: z.number().int().positive(),
  /** Where this is in the plan, for readers (e.g. 重点任务第1项正文). */
  where: z.string().min(1),
  /** The captured text, exactly once on that line. */
  old: z.string().min(1),
  /** What the site publishes instead; a line break separates a task heading from its body. */
  new: z.string().min(1),
  /** The trace in the capture that shows what was lost. */
  evidence: z.string().min(1),
});

/** An entry of the corrections list. */
export const correctionSchema = z.discriminatedUnion('kind', [ruleSchema, restorationSchema]);

export type Rule = z.infer<typeof ruleSchema>;
export type Restoration = z.infer<typeof restorationSchema>;
export type Correction = z.infer<typeof correctionSchema>;
