/**
 * The chain from the capture to the published text: split off the website
 * chrome, apply the corrections list, read the structure. The result is the
 * text the site must publish, block by block; content, pages, plan.json and
 * plan.txt are all compared with it.
 */
import type { Correction, Restoration } from '../schemas/correction.ts';
import {
  applyCorrections,
  isRestoration,
  isRule,
  markRestorations,
  type Applied,
  type Segment,
} from './corrections.ts';
import {
  allBlocks,
  assemblePlan,
  describeDifferences,
  diffBlocks,
  makeUnit,
  type Plan,
  type UnitSource,
} from './model.ts';
import { splitSource } from './source.ts';
import { parseStructure } from './structure.ts';

/** Builds units from sources, resolving each unit's part slug from the part sources. */
export function planFromSources(sources: UnitSource[]): Plan {
  const slugs = new Map(
    sources.filter((s) => s.kind === 'part').map((s) => [s.data.number as number, s.data.slug as string]),
  );
  const ctx = {
    partSlug(n: number) {
      const slug = slugs.get(n);
      if (!slug) throw new Error(`part ${n} is missing, so its pages have no URL`);
      return slug;
    },
  };
  return assemblePlan(sources.map((s) => makeUnit(s, ctx)));
}

export interface Expected {
  plan: Plan;
  applied: Applied;
  /** For each block id: the raw line it came from and the restorations on that line. */
  origin: Map<string, { line: number; restorations: Restoration[] }>;
  corrections: Correction[];
}

/** The text the site must publish, derived from the capture and the corrections list alone. */
export function expectedFromSource(raw: string, corrections: Correction[]): Expected {
  const applied = applyCorrections(splitSource(raw).lines, corrections);
  const plan = planFromSources(parseStructure(applied.lines));
  const blocks = allBlocks(plan);
  if (blocks.length !== applied.lines.length) {
    throw new Error(`structure: ${blocks.length} blocks from ${applied.lines.length} corrected lines`);
  }
  const byId = new Map(corrections.filter(isRestoration).map((c) => [c.id, c]));
  const origin = new Map(
    blocks.map((b, i) => {
      const l = applied.lines[i]!;
      return [b.id, { line: l.line, restorations: l.restorations.map((id) => byId.get(id)!) }] as const;
    }),
  );
  return { plan, applied, origin, corrections };
}

/** Corrections that never changed anything: a stale entry is an error, not a no-op. */
export function unusedCorrections(e: Expected): string[] {
  return [...e.applied.uses].filter(([, n]) => n === 0).map(([id]) => id);
}

/**
 * Compares the plan built from content with the expected text. Returns a
 * message naming file, block and character, or undefined when they agree.
 */
export function checkPlan(actual: Plan, expected: Expected): string | undefined {
  const withFiles = actual.units.flatMap((u) => u.blocks.map((b) => ({ ...b, file: u.file })));
  const diffs = diffBlocks(allBlocks(expected.plan), withFiles);
  const unused = unusedCorrections(expected);
  const problems: string[] = [];
  if (diffs.length) problems.push(describeDifferences(diffs));
  if (unused.length) problems.push(`corrections that change nothing: ${unused.join(', ')} (remove them or fix "old")`);
  return problems.length ? problems.join('\n') : undefined;
}

/** The published text of a block in segments, restored characters marked. */
export function segmentsOf(expected: Expected, blockId: string, text: string): Segment[] {
  const o = expected.origin.get(blockId);
  if (!o?.restorations.length) return [{ text }];
  return markRestorations(text, o.restorations, expected.corrections.filter(isRule));
}

/** Restorations (other than heading splits) that no block shows inline. */
export function unmarkedRestorations(expected: Expected): string[] {
  const marked = new Set<string>();
  for (const b of allBlocks(expected.plan)) {
    for (const s of segmentsOf(expected, b.id, b.text)) if (s.restoration) marked.add(s.restoration);
  }
  return expected.corrections
    .filter(isRestoration)
    .filter((r) => !r.new.includes('\n') && !marked.has(r.id))
    .map((r) => r.id);
}
