/**
 * Editorial corrections: the only way the published text may differ from the
 * capture. Rules fold punctuation back everywhere; restorations change one
 * place each. Both are listed in content/corrections.yaml and shown to readers.
 */
import type { Correction, Restoration, Rule } from '../schemas/correction.ts';
import type { SourceLine } from './source.ts';
import type { Mark } from './segments.ts';

/** A line of the published text, with the raw line it came from. */
export interface CorrectedLine {
  /** Raw line number in the capture. */
  line: number;
  /** The text after every correction. */
  text: string;
  /** Ids of the restorations that changed this raw line. */
  restorations: string[];
}

export interface Applied {
  lines: CorrectedLine[];
  /** How many times each correction changed the text, by id. */
  uses: Map<string, number>;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export const isRule = (c: Correction): c is Rule => c.kind === 'rule';
export const isRestoration = (c: Correction): c is Restoration => c.kind === 'restoration';

/** Applies one rule to a string; returns the new text and how often it fired. */
export function applyRule(text: string, rule: Rule): { text: string; count: number } {
  let count = 0;
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text.startsWith(rule.old, i)) {
      const keep = rule.except === 'between-digits' && isDigit(text[i - 1]) && isDigit(text[i + rule.old.length]);
      if (!keep) {
        out += rule.new;
        count++;
        i += rule.old.length;
        continue;
      }
    }
    out += text[i];
    i++;
  }
  return { text: out, count };
}

/** Applies every rule in order. */
export function applyRules(text: string, rules: readonly Rule[]): string {
  return rules.reduce((t, r) => applyRule(t, r).text, text);
}

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) n++;
  return n;
}

/**
 * Applies the corrections to the document's lines: restorations first (their
 * `old` is written as captured, so a reviewer can find it in the raw file),
 * then the rules. A restoration whose `old` is not found exactly once on its
 * line is an error, never skipped: a silent miss would publish damaged text.
 */
export function applyCorrections(source: readonly SourceLine[], corrections: readonly Correction[]): Applied {
  const uses = new Map<string, number>(corrections.map((c) => [c.id, 0]));
  const byLine = new Map<number, CorrectedLine>(source.map((l) => [l.line, { ...l, restorations: [] }]));
  for (const c of corrections.filter(isRestoration)) {
    const target = byLine.get(c.line);
    if (!target) {
      throw new Error(`correction ${c.id}: raw line ${c.line} is not a line of the document`);
    }
    const n = countOccurrences(target.text, c.old);
    if (n !== 1) {
      throw new Error(
        `correction ${c.id}: "${c.old}" occurs ${n} times on raw line ${c.line}; it must occur exactly once (make "old" longer or fix the line number)`,
      );
    }
    target.text = target.text.replace(c.old, () => c.new);
    target.restorations.push(c.id);
    uses.set(c.id, 1);
  }
  const rules = corrections.filter(isRule);
  const lines: CorrectedLine[] = [];
  for (const l of byLine.values()) {
    for (const part of l.text.split('\n')) {
      let text = part;
      for (const r of rules) {
        const res = applyRule(text, r);
        text = res.text;
        uses.set(r.id, uses.get(r.id)! + res.count);
      }
      lines.push({ line: l.line, text, restorations: l.restorations });
    }
  }
  return { lines, uses };
}

/**
 * Which characters of `after` a change from `before` supplied. A pure
 * insertion marks exactly the inserted characters; anything else marks the
 * span between the common prefix and suffix.
 */
export function changedRanges(before: string, after: string): Array<[number, number]> {
  const inserted: Array<[number, number]> = [];
  let i = 0;
  for (let j = 0; j < after.length; j++) {
    if (i < before.length && before[i] === after[j]) {
      i++;
      continue;
    }
    const last = inserted.at(-1);
    if (last && last[1] === j) last[1] = j + 1;
    else inserted.push([j, j + 1]);
  }
  if (i === before.length) return inserted;
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  let s = 0;
  while (
    s < before.length - p &&
    s < after.length - p &&
    before[before.length - 1 - s] === after[after.length - 1 - s]
  ) {
    s++;
  }
  return [[p, after.length - s]];
}

/**
 * Which characters of one published block the given restorations supplied,
 * as marks. A restoration that only splits a line (a heading from its body)
 * adds no character and is not marked inline.
 */
export function restorationMarks(text: string, restorations: readonly Restoration[], rules: readonly Rule[]): Mark[] {
  const marks: Mark[] = [];
  for (const r of restorations) {
    if (r.new.includes('\n')) continue;
    const after = applyRules(r.new, rules);
    const at = text.indexOf(after);
    if (at < 0) continue;
    for (const [s, e] of changedRanges(applyRules(r.old, rules), after)) {
      marks.push({ kind: 'restoration', start: at + s, end: at + e, id: r.id });
    }
  }
  marks.sort((a, b) => a.start - b.start);
  // Two restorations never claim one character: the one that starts first keeps it.
  const kept: Mark[] = [];
  for (const m of marks) if (m.start >= (kept.at(-1)?.end ?? 0)) kept.push(m);
  return kept;
}
