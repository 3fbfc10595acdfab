/**
 * The machine-readable exports, built from the same model as the pages.
 */
import type { DocumentMeta } from '../schemas/document.ts';
import { allBlocks, type Plan } from './model.ts';
import { resolveRef } from './refs.ts';
import { unitPath } from './url.ts';

/** plan.txt: the official text as published, one block a line, in reading order. */
export const planText = (plan: Plan): string =>
  allBlocks(plan)
    .map((b) => b.text)
    .join('\n') + '\n';

export interface PlanJsonUnit {
  id: string;
  kind: string;
  number: number | null;
  title: string;
  heading: string;
  url: string;
  parent: string | null;
  /** Official paragraphs after corrections (headings are in `heading`). */
  paragraphs: string[];
  blocks: Array<{ id: string; role: string; text: string }>;
}

/** plan.json: metadata, then every unit with its official text. */
export function planJson(plan: Plan, document: DocumentMeta, link: (path: string) => string) {
  const units: PlanJsonUnit[] = plan.units.map((u) => ({
    id: u.key,
    kind: u.kind,
    number: u.number ?? null,
    title: u.title,
    heading: u.heading,
    url: link(unitPath(u)),
    parent: u.parent ?? null,
    paragraphs: u.blocks.filter((b) => b.role === 'paragraph').map((b) => b.text),
    blocks: u.blocks.map((b) => ({ id: b.id, role: b.role, text: b.text })),
  }));
  return {
    document: { ...document, title: resolveRef(plan, 'front.t1').unit.title, unofficial: true },
    counts: Object.fromEntries(
      (['part', 'section', 'group', 'task', 'measure'] as const).map((k) => [
        k,
        units.filter((u) => u.kind === k).length,
      ]),
    ),
    units,
  };
}
