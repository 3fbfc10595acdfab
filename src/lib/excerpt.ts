/**
 * A short excerpt of a paragraph around a term, with every use of the term
 * in it highlighted: the glossary pages list where the plan uses a term, and
 * search shows its results the same way. Pure; cuts only between characters
 * of the official text and says where it cut.
 */

/** A range of the text to highlight. */
export interface Range {
  start: number;
  end: number;
}

/** A run of the excerpt: plain text or a highlighted use. */
export interface ExcerptPart {
  text: string;
  hit: boolean;
}

export interface Excerpt {
  parts: ExcerptPart[];
  /** Whether text before the excerpt was left out. */
  before: boolean;
  /** Whether text after it was left out. */
  after: boolean;
}

/**
 * The text around the first range, `radius` characters either side,
 * widened to hold that range whole; every range inside the window is
 * highlighted, ranges it would cut are not.
 */
export function excerpt(text: string, ranges: readonly Range[], radius = 30): Excerpt {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const first = sorted[0];
  const from = first ? Math.max(0, first.start - radius) : 0;
  const to = first ? Math.min(text.length, first.end + radius) : Math.min(text.length, 2 * radius);
  const parts: ExcerptPart[] = [];
  let at = from;
  for (const r of sorted) {
    if (r.start < at || r.end > to) continue;
    if (r.start > at) parts.push({ text: text.slice(at, r.start), hit: false });
    parts.push({ text: text.slice(r.start, r.end), hit: true });
    at = r.end;
  }
  if (at < to) parts.push({ text: text.slice(at, to), hit: false });
  return { parts, before: from > 0, after: to < text.length };
}

/**
 * The first sentence of a paragraph, up to and with its first 。！？, and
 * whether more follows: a list of tasks shows each one's opening words. A
 * paragraph without such a mark is its own first sentence.
 */
export function firstSentence(text: string): { text: string; more: boolean } {
  const end = text.search(/[。！？]/);
  if (end < 0 || end === text.length - 1) return { text, more: false };
  return { text: text.slice(0, end + 1), more: true };
}
