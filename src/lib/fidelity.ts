/**
 * The chain from the capture to the published text: split off the website
 * chrome, apply the corrections list, read the structure. The result is the
 * text the site must publish, block by block; content, pages, plan.json and
 * plan.txt are all compared with it.
 */
import type { Correction, Restoration, Rule } from '../schemas/correction.ts';
import type { PublishedBlock } from '../schemas/block.ts';
import type { PublishedUnit } from '../schemas/unit.ts';
import { applyCorrections, isRestoration, isRule, restorationMarks, type Applied } from './corrections.ts';
import {
  allBlocks,
  assemblePlan,
  describeDifferences,
  diffBlocks,
  makeUnit,
  markerOf,
  type Block,
  type Plan,
  type Unit,
  type UnitSource,
} from './model.ts';
import type { Mark } from './segments.ts';
import { splitSource } from './source.ts';
import { parseStructure } from './structure.ts';

/** Builds the plan from its sources, in reading order. */
export const planFromSources = (sources: UnitSource[]): Plan => assemblePlan(sources.map(makeUnit));

export interface Expected {
  plan: Plan;
  applied: Applied;
  /** For each block id: the raw line it came from and the restorations on that line. */
  origin: Map<string, { line: number; restorations: Restoration[] }>;
  corrections: Correction[];
  /** The punctuation rules among them, which every restoration's marks are found through. */
  rules: Rule[];
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
  return { plan, applied, origin, corrections, rules: corrections.filter(isRule) };
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

/** The marks a block is published with: its heading's printed number, and the characters editors restored. */
export function marksOf(expected: Expected, unit: Unit, b: Block): Mark[] {
  const marker = b.role === 'heading' ? markerOf(unit) : undefined;
  const number: Mark[] = marker ? [{ kind: 'number', start: 0, end: marker.length }] : [];
  const restorations = expected.origin.get(b.id)?.restorations ?? [];
  return [...number, ...restorationMarks(b.text, restorations, expected.rules)];
}

/**
 * The units as the site publishes them: each block with the capture line it
 * came from, the restorations of that line, and its marks. `plan` must
 * already agree with `expected` (checkPlan).
 */
export function publishUnits(plan: Plan, expected: Expected): PublishedUnit[] {
  return plan.units.map((u) => ({
    ...u,
    blocks: u.blocks.map((b): PublishedBlock => {
      const origin = expected.origin.get(b.id);
      if (!origin) throw new Error(`block ${b.id} is not in the capture`);
      return {
        ...b,
        line: origin.line,
        restorations: origin.restorations.map((r) => r.id),
        marks: marksOf(expected, u, b),
      };
    }),
  }));
}

/** Restorations (other than heading splits) that no published block shows inline. */
export function unmarkedIn(units: readonly PublishedUnit[], corrections: readonly Correction[]): string[] {
  const marked = new Set(
    units.flatMap((u) => u.blocks.flatMap((b) => b.marks.flatMap((m) => (m.kind === 'restoration' ? [m.id] : [])))),
  );
  return corrections
    .filter(isRestoration)
    .filter((r) => !r.new.includes('\n') && !marked.has(r.id))
    .map((r) => r.id);
}

/** Restorations (other than heading splits) that the expected text would show nowhere. */
export const unmarkedRestorations = (expected: Expected): string[] =>
  unmarkedIn(publishUnits(expected.plan, expected), expected.corrections);
