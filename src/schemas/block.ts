import { z } from 'astro/zod';
import { officialText } from './official.ts';

/** What a block of official text is, which decides how it is typeset. */
export const blockRoleSchema = z.enum(['title', 'heading', 'paragraph', 'addressee', 'signatory', 'date']);

/** One block of official text (a heading, a title line, a paragraph …) as the content holds it. */
export const blockSchema = z.strictObject({
  /** Globally unique id, `task-09.p1`: the unit's key, a dot, the block's name; written to `data-official`. */
  id: z.string().regex(/^[a-z]+(?:-\d+)?\.[a-z0-9]+$/, 'block ids look like task-09.p1'),
  /** Key of the unit the block belongs to, `task-09`. */
  unit: z.string().min(1),
  /** The block's name within its unit: `h` (heading), `t1` (title line), `p1` (paragraph), `addressee` …. */
  local: z.string().regex(/^[a-z0-9]+$/),
  /** What the block is. */
  role: blockRoleSchema,
  /** The published text, after corrections. */
  text: officialText,
});

const range = {
  /** First character the mark covers (UTF-16 index into the block's text). */
  start: z.number().int().nonnegative(),
  /** One past the last character it covers. */
  end: z.number().int().positive(),
};

/**
 * A range of a block's text that is shown specially without changing a
 * character: restored characters, a heading's number, a glossary term.
 */
export const markSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** Characters an editor restored; shown as `<ins>` and listed on the page. */
    kind: z.literal('restoration'),
    ...range,
    /** The restoration's id in content/corrections.yaml. */
    id: z.string().regex(/^C\d+$/),
  }),
  z.strictObject({
    /** The printed number of a numbered heading (1, 一、, （一）). */
    kind: z.literal('number'),
    ...range,
  }),
  z.strictObject({
    /** One of the plan's 2025 targets (content/targets.yaml); its words carry the anchor `target-<id>`. */
    kind: z.literal('target'),
    ...range,
    /** The target's id. */
    id: z.string().regex(/^[a-z0-9-]+$/),
  }),
  z.strictObject({
    /** A glossary term, linked to its entry: the first use in a unit's paragraphs. */
    kind: z.literal('term'),
    ...range,
    /** The term's slug. */
    id: z.string().regex(/^[a-z0-9-]+$/),
  }),
]);

/** A block as the site publishes it: where it came from in the capture, and its marks. */
export const publishedBlockSchema = blockSchema.extend({
  /** The line of the capture it came from (content/source/qijiao-2023-17.raw.txt). */
  line: z.number().int().positive(),
  /** Ids of every restoration that changed that line, heading splits included. */
  restorations: z.array(z.string().regex(/^C\d+$/)),
  /** Restored characters, the heading's number, targets and linked glossary terms. */
  marks: z.array(markSchema),
});

export type BlockRole = z.infer<typeof blockRoleSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Mark = z.infer<typeof markSchema>;
export type PublishedBlock = z.infer<typeof publishedBlockSchema>;
