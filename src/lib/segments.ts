/**
 * A block's text cut into runs at every mark's edge, so that marks of
 * different kinds may overlap freely: a target holds a glossary term, a term
 * may contain a restored character, and a restoration may straddle a term's
 * edge. Marks of one kind
 * never overlap each other. The markup module nests the runs into elements.
 */
import type { Mark } from '../schemas/block.ts';

export type { Mark };
export type MarkKind = Mark['kind'];

/** A run of text and the marks that cover all of it. */
export interface Segment {
  text: string;
  /** The restoration that supplied these characters. */
  restoration?: string;
  /** Whether the run is a heading's printed number. */
  number?: true;
  /** The glossary term the run belongs to. */
  term?: string;
  /** The target the run belongs to. */
  target?: string;
}

/** Checks marks against a text: in range, not empty, no two of one kind overlapping. */
export function checkMarks(text: string, marks: readonly Mark[]): string[] {
  const problems: string[] = [];
  for (const m of marks) {
    if (m.start < 0 || m.end > text.length || m.start >= m.end)
      problems.push(`${m.kind} mark ${m.start}–${m.end} is outside the text (length ${text.length})`);
  }
  const byKind = new Map<MarkKind, Mark[]>();
  for (const m of marks) byKind.set(m.kind, [...(byKind.get(m.kind) ?? []), m]);
  for (const [kind, list] of byKind) {
    const sorted = [...list].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.start < sorted[i - 1]!.end)
        problems.push(
          `two ${kind} marks overlap at ${sorted[i]!.start}: "${text.slice(sorted[i]!.start, sorted[i - 1]!.end)}"`,
        );
    }
  }
  return problems;
}

/** Cuts `text` at every mark's edge; joining the runs' text gives back `text` exactly. */
export function segment(text: string, marks: readonly Mark[]): Segment[] {
  const problems = checkMarks(text, marks);
  if (problems.length) throw new Error(`marks on "${text.slice(0, 20)}…": ${problems.join('; ')}`);
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const seg: Segment = { text: text.slice(start, end) };
    for (const m of marks) {
      if (m.start > start || m.end < end) continue;
      if (m.kind === 'restoration') seg.restoration = m.id;
      else if (m.kind === 'term') seg.term = m.id;
      else if (m.kind === 'target') seg.target = m.id;
      else seg.number = true;
    }
    out.push(seg);
  }
  return out.length ? out : [{ text }];
}
