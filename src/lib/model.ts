/**
 * The plan as one model: every unit (notice, title page, part, section, task
 * group, task, measure) with its official text blocks, ids and URL. Pages,
 * plan.json, plan.txt and the search index all read this model, and the
 * fidelity check compares it with the capture.
 */
import { bracketHeading, partHeading, taskHeading } from './headings.ts';

export type UnitKind = 'notice' | 'front' | 'part' | 'section' | 'group' | 'task' | 'measure';

/** What a block of official text is, which decides how it is typeset. */
export type BlockRole = 'title' | 'heading' | 'paragraph' | 'addressee' | 'signatory' | 'date';

export interface Block {
  /** Globally unique id, e.g. `task-09.p1`; written to `data-official`. */
  id: string;
  /** The anchor on the unit's own page, e.g. `p1`. */
  anchor: string;
  /** The anchor on the full-text page, e.g. `task-09-p1`. */
  fullAnchor: string;
  role: BlockRole;
  /** The published text, after corrections. */
  text: string;
}

export interface Unit {
  /** Stable key, e.g. `task-09`; prefix of its blocks' ids. */
  key: string;
  kind: UnitKind;
  /** The unit's own number (task 9, group 4 …); absent for notice and title page. */
  number?: number;
  /** The title without its number, as plan.json lists it. */
  title: string;
  /** The heading as printed, with its number (（四）打造高素质职教师资队伍). */
  heading: string;
  /** Site-relative URL, always with a trailing slash; pass it through the URL helper. */
  path: string;
  /** Key of the unit this one belongs to. */
  parent?: string;
  /** Content file the unit came from, for error messages. */
  file?: string;
  blocks: Block[];
}

/** Frontmatter and paragraphs of one content file, whatever read it. */
export interface UnitSource {
  kind: UnitKind;
  data: Record<string, unknown>;
  paragraphs: string[];
  file?: string;
}

/** Which part each kind of unit belongs to, by part number. */
export const PART_OF = { section: 1, group: 2, measure: 3 } as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

export function block(key: string, local: string, role: BlockRole, text: string): Block {
  return { id: `${key}.${local}`, anchor: local, fullAnchor: `${key}-${local}`, role, text };
}

function paragraphs(key: string, texts: string[]): Block[] {
  return texts.map((t, i) => block(key, `p${i + 1}`, 'paragraph', t));
}

/** Data lookups a unit needs from its neighbours (its part's slug). */
export interface UnitContext {
  partSlug(partNumber: number): string;
}

/** The unit's key (task-09, group-04, measure-1 …), which prefixes its block ids. */
export function unitKey(kind: UnitKind, data: Record<string, unknown>): string {
  const n = data.number as number;
  switch (kind) {
    case 'notice':
    case 'front':
      return kind;
    case 'group':
    case 'task':
      return `${kind}-${pad2(n)}`;
    default:
      return `${kind}-${n}`;
  }
}

/** Builds a unit from its content; the one place that knows URLs and block ids. */
export function makeUnit(src: UnitSource, ctx: UnitContext): Unit {
  const d = src.data as Record<string, any>;
  const file = src.file;
  switch (src.kind) {
    case 'notice':
      return {
        key: 'notice',
        kind: 'notice',
        title: d.title,
        heading: d.title,
        path: '/notice/',
        file,
        blocks: [
          block('notice', 'title', 'title', d.title),
          block('notice', 'addressee', 'addressee', d.addressee),
          ...paragraphs('notice', src.paragraphs),
          block('notice', 'signatory', 'signatory', d.signatory),
          block('notice', 'date', 'date', d.date),
        ],
      };
    case 'front': {
      const lines: string[] = d.titleLines;
      return {
        key: 'front',
        kind: 'front',
        title: lines.join(''),
        heading: lines.join(''),
        path: '/plan/',
        file,
        blocks: [
          ...lines.map((t, i) => block('front', `t${i + 1}`, 'title', t)),
          ...paragraphs('front', src.paragraphs),
        ],
      };
    }
    case 'part':
      return numbered(src, 'front', `/plan/${d.slug}/`, d.title, partHeading(d.number, d.title));
    case 'section':
      return numbered(
        src,
        `part-${PART_OF.section}`,
        `/plan/${ctx.partSlug(PART_OF.section)}/${d.slug}/`,
        d.title,
        bracketHeading(d.number, d.title),
      );
    case 'group':
      return numbered(
        src,
        `part-${PART_OF.group}`,
        `/plan/groups/${pad2(d.number)}/`,
        d.title,
        bracketHeading(d.number, d.title),
      );
    case 'measure':
      return numbered(
        src,
        `part-${PART_OF.measure}`,
        `/plan/${ctx.partSlug(PART_OF.measure)}/${d.number}/`,
        d.title,
        bracketHeading(d.number, d.title),
      );
    case 'task':
      return numbered(
        src,
        `group-${pad2(d.group)}`,
        `/plan/${ctx.partSlug(PART_OF.group)}/${pad2(d.number)}/`,
        d.heading,
        taskHeading(d.number, d.heading),
      );
  }
}

/** A numbered unit: its printed heading is its first block, its paragraphs follow. */
function numbered(src: UnitSource, parent: string, path: string, title: string, heading: string): Unit {
  const key = unitKey(src.kind, src.data);
  return {
    key,
    kind: src.kind,
    number: src.data.number as number,
    title,
    heading,
    path,
    parent,
    file: src.file,
    blocks: [block(key, 'h', 'heading', heading), ...paragraphs(key, src.paragraphs)],
  };
}

export interface Plan {
  /** Every unit in reading order: notice, title page, then each part and what it holds. */
  units: Unit[];
  byKey: Map<string, Unit>;
}

const KIND_RANK: Record<UnitKind, number> = {
  notice: 0,
  front: 1,
  part: 2,
  section: 3,
  group: 3,
  measure: 3,
  task: 4,
};

/**
 * Puts units in reading order. Units arrive in any order (a directory
 * listing, a content collection) and are sorted by their place in the tree.
 */
export function assemblePlan(units: Unit[]): Plan {
  const byKey = new Map(units.map((u) => [u.key, u]));
  // A unit's place is its parent's place followed by its own kind and number.
  const orderKey = (u: Unit): number[] => {
    const parent = u.parent ? byKey.get(u.parent) : undefined;
    return [...(parent ? orderKey(parent) : []), KIND_RANK[u.kind], u.number ?? 0];
  };
  const keyed = units.map((u) => ({ u, k: orderKey(u) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < Math.max(a.k.length, b.k.length); i++) {
      const d = (a.k[i] ?? -1) - (b.k[i] ?? -1);
      if (d) return d;
    }
    return 0;
  });
  return { units: keyed.map((x) => x.u), byKey };
}

/** All official blocks of the plan in reading order. */
export const allBlocks = (plan: Plan): Block[] => plan.units.flatMap((u) => u.blocks);

/** One way the published model differs from the capture. */
export interface Difference {
  /** Block id on either side. */
  id: string;
  file?: string;
  expected?: string;
  actual?: string;
}

/**
 * Compares two block sequences in order. Used between the content and the
 * capture at build time, and between the built HTML and the capture in tests.
 */
export function diffBlocks(
  expected: ReadonlyArray<Pick<Block, 'id' | 'text'>>,
  actual: ReadonlyArray<Pick<Block, 'id' | 'text'> & { file?: string }>,
): Difference[] {
  const out: Difference[] = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (e && a && e.id === a.id && e.text === a.text) continue;
    out.push({ id: a?.id ?? e!.id, file: a?.file, expected: e?.text, actual: a?.text });
    if (out.length >= 20) break;
  }
  return out;
}

/** Where two strings first differ, to point a reader at one character. */
export function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Explains differences in words: which file, which block, which character. */
export function describeDifferences(diffs: Difference[]): string {
  return diffs
    .map((d) => {
      const where = `${d.file ? `${d.file}: ` : ''}block ${d.id}`;
      if (d.expected === undefined) return `${where}: not in the source (extra text: "${d.actual}")`;
      if (d.actual === undefined) return `${where}: missing (the source has "${d.expected}")`;
      const at = firstDifference(d.expected, d.actual);
      const ctx = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 8), at + 8));
      return `${where}: differs from the source at character ${at + 1}: expected ${ctx(d.expected)}, found ${ctx(d.actual)}`;
    })
    .join('\n');
}
