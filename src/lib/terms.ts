/**
 * Finding glossary terms in the plan's text. Pure: the loader uses it to
 * link terms in the official text and to list where each term is used; the
 * glossary pages and search use the same matches.
 *
 * Rules, in order:
 * - A term is found under its own form, every alias and kind, whatever the width
 *   of its characters (1+X, 1＋X) or the case of its letters.
 * - A match inside one of the entry's `notIn` words does not count.
 * - Where matches overlap, the longest wins, then the earliest: 产教融合型企业
 *   before 产教融合, and 职业院校 before 高职 in 提高职业院校.
 */

/** What the matcher needs of a glossary entry. */
export interface TermForms {
  slug: string;
  term: string;
  aliases: readonly string[];
  /** Words the plan uses for a kind of the term: matched like an alias. */
  kinds?: readonly string[];
  notIn: readonly string[];
}

/** A term found in a text, by UTF-16 offsets into the original text. */
export interface TermMatch {
  slug: string;
  start: number;
  end: number;
}

/**
 * Folds one UTF-16 unit for comparison without changing the length of the
 * text: full-width forms to ASCII (＋ to +), letters to upper case. A
 * character whose fold is longer (㎡ → m2) is kept as it is, so offsets in
 * the folded text are offsets in the original.
 */
function foldUnit(c: string): string {
  const n = c.normalize('NFKC').toUpperCase();
  return n.length === 1 ? n : c;
}

export const fold = (text: string): string =>
  Array.from({ length: text.length }, (_, i) => foldUnit(text[i]!)).join('');

/** Every offset at which `needle` starts in `haystack`, overlapping ones included. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

export interface TermMatcher {
  /** Every term in `text`, without overlaps, in order. */
  find(text: string): TermMatch[];
}

export function createMatcher(entries: readonly TermForms[]): TermMatcher {
  const forms = entries.flatMap((e) =>
    [e.term, ...e.aliases, ...(e.kinds ?? [])].map((form) => ({
      slug: e.slug,
      form: fold(form),
      notIn: e.notIn.map(fold),
    })),
  );
  return {
    find(text) {
      const folded = fold(text);
      const candidates: TermMatch[] = [];
      for (const f of forms) {
        const excluded = f.notIn.flatMap((word) =>
          occurrences(folded, word).map((start) => ({ start, end: start + word.length })),
        );
        for (const start of occurrences(folded, f.form)) {
          const end = start + f.form.length;
          if (excluded.some((x) => x.start <= start && end <= x.end)) continue;
          candidates.push({ slug: f.slug, start, end });
        }
      }
      candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: TermMatch[] = [];
      for (const c of candidates) {
        if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
        kept.push(c);
      }
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}

/** A block as the term pass needs it. */
export interface TermBlock {
  id: string;
  unit: string;
  text: string;
  /** Headings are never linked, but their terms count as used by the unit. */
  heading: boolean;
}

export interface TermUses {
  /** Every block that uses each term, by slug, in reading order. */
  blocksByTerm: Map<string, string[]>;
  /** Every term each unit uses, heading included, in order of first use, by unit key. */
  termsByUnit: Map<string, string[]>;
  /** The matches to link, by block id: the first use of each term in a unit's paragraphs. */
  links: Map<string, TermMatch[]>;
  /** Every match, by block id, for excerpts. */
  matches: Map<string, TermMatch[]>;
}

/** Where every term is used, and which uses to link, over blocks in reading order. */
export function termUses(blocks: readonly TermBlock[], matcher: TermMatcher): TermUses {
  const uses: TermUses = { blocksByTerm: new Map(), termsByUnit: new Map(), links: new Map(), matches: new Map() };
  const linkedInUnit = new Map<string, Set<string>>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const b of blocks) {
    const found = matcher.find(b.text);
    if (!found.length) continue;
    uses.matches.set(b.id, found);
    const linked = linkedInUnit.get(b.unit) ?? new Set<string>();
    linkedInUnit.set(b.unit, linked);
    for (const m of found) {
      if (!uses.blocksByTerm.get(m.slug)?.includes(b.id)) push(uses.blocksByTerm, m.slug, b.id);
      if (!uses.termsByUnit.get(b.unit)?.includes(m.slug)) push(uses.termsByUnit, b.unit, m.slug);
      if (b.heading || linked.has(m.slug)) continue;
      linked.add(m.slug);
      push(uses.links, b.id, m);
    }
  }
  return uses;
}
