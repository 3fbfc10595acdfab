/**
 * The plan as one model: every unit (notice, title page, part, section, task
 * group, task, measure) with its official text blocks and ids. Pages,
 * plan.json, plan.txt and the search index all read this model, and the
 * fidelity check compares it with the capture. URLs are src/lib/url.ts's.
 */
import type { Block, BlockRole } from '../schemas/block.ts';
import type { Unit } from '../schemas/unit.ts';
import type { UnitFrontmatter, UnitKind } from '../schemas/unit-source.ts';
import { bracketHeading, partHeading, taskHeading } from './headings.ts';

export type { Block, BlockRole, Unit, UnitKind };

/** One content file of the plan: its checked frontmatter and its paragraphs, whatever read it. */
export type UnitSource = UnitFrontmatter & {
  /** The official paragraphs of the body, in order. */
  paragraphs: string[];
  /** The file, as the author sees its path; absent when read from the capture. */
  file?: string;
};

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Headings and title lines are placed in the page's heading element; every other block is a paragraph. */
export const isHeadingBlock = (b: Pick<Block, 'role'>) => b.role === 'heading' || b.role === 'title';

export function block(unit: string, local: string, role: BlockRole, text: string): Block {
  return { id: `${unit}.${local}`, unit, local, role, text };
}

const paragraphs = (key: string, texts: string[]): Block[] =>
  texts.map((t, i) => block(key, `p${i + 1}`, 'paragraph', t));

/** The key of a numbered unit: groups and tasks count past nine, so their numbers have two digits. */
const numberedKey = (kind: UnitKind, n: number) =>
  kind === 'group' || kind === 'task' ? `${kind}-${pad2(n)}` : `${kind}-${n}`;

/** The number a unit's frontmatter gives it; the notice and the title page have none. */
export const numberOf = (src: UnitFrontmatter): number | undefined =>
  src.kind === 'notice' || src.kind === 'front' ? undefined : src.data.number;

/** The unit's key (task-09, group-04, measure-1 …), which prefixes its block ids. */
export function unitKey(src: UnitFrontmatter): string {
  const n = numberOf(src);
  return n === undefined ? src.kind : numberedKey(src.kind, n);
}

/** What each part of the plan holds, by part number: 一 sections, 二 task groups (which hold the tasks), 三 measures. */
export const PART_HOLDS = ['section', 'group', 'measure'] as const;
export type PartChild = (typeof PART_HOLDS)[number];

/** The number of the part that holds units of this kind. */
export const partNumberOf = (kind: PartChild) => PART_HOLDS.indexOf(kind) + 1;

/** Builds a unit from its content: the one place that knows block ids. */
export function makeUnit(src: UnitSource): Unit {
  const file = src.file;
  switch (src.kind) {
    case 'notice': {
      const d = src.data;
      return {
        key: 'notice',
        kind: 'notice',
        title: d.title,
        heading: d.title,
        file,
        blocks: [
          block('notice', 'title', 'title', d.title),
          block('notice', 'addressee', 'addressee', d.addressee),
          ...paragraphs('notice', src.paragraphs),
          block('notice', 'signatory', 'signatory', d.signatory),
          block('notice', 'date', 'date', d.date),
        ],
      };
    }
    case 'front': {
      const title = src.data.titleLines.join('');
      return {
        key: 'front',
        kind: 'front',
        title,
        heading: title,
        file,
        blocks: [
          ...src.data.titleLines.map((t, i) => block('front', `t${i + 1}`, 'title', t)),
          ...paragraphs('front', src.paragraphs),
        ],
      };
    }
    case 'part':
      return numbered(src, 'front', src.data.title, partHeading(src.data.number, src.data.title));
    case 'section':
    case 'group':
    case 'measure':
      return numbered(
        src,
        numberedKey('part', partNumberOf(src.kind)),
        src.data.title,
        bracketHeading(src.data.number, src.data.title),
      );
    case 'task':
      return numbered(
        src,
        numberedKey('group', src.data.group),
        src.data.heading,
        taskHeading(src.data.number, src.data.heading),
      );
  }
}

/** A numbered unit: its printed heading is its first block, its paragraphs follow. */
function numbered(
  src: Extract<UnitSource, { kind: 'part' | 'section' | 'group' | 'measure' | 'task' }>,
  parent: string,
  title: string,
  heading: string,
): Unit {
  const key = unitKey(src);
  return {
    key,
    kind: src.kind,
    number: src.data.number,
    title,
    heading,
    parent,
    file: src.file,
    blocks: [block(key, 'h', 'heading', heading), ...paragraphs(key, src.paragraphs)],
  };
}

/** The printed number of a numbered unit's heading (一、 （一） 1); the notice and title page have none. */
export function markerOf(u: Pick<Unit, 'number' | 'heading' | 'title'>): string | undefined {
  if (u.number === undefined) return undefined;
  return u.heading.slice(0, u.heading.length - u.title.length);
}

export interface Plan<U extends Unit = Unit> {
  /** Every unit in reading order: notice, title page, then each part and what it holds. */
  units: U[];
  byKey: Map<string, U>;
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
export function assemblePlan<U extends Unit>(units: U[]): Plan<U> {
  const byKey = new Map(units.map((u) => [u.key, u]));
  // A unit's place is its parent's place followed by its own kind and number.
  const orderKey = (u: U): number[] => {
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
export const allBlocks = <U extends Unit>(plan: Plan<U>): Array<U['blocks'][number]> =>
  plan.units.flatMap((u) => u.blocks);

/** One way the published model differs from the capture. */
export interface Difference {
  /** Block id on either side. */
  id: string;
  /** The file that holds the differing text: a content file, or a built page. */
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
  actual: ReadonlyArray<Pick<Block, 'id' | 'text'> & { file?: string | undefined }>,
): Difference[] {
  const out: Difference[] = [];
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    if (e && a && e.id === a.id && e.text === a.text) continue;
    const id = a?.id ?? e?.id ?? '?';
    out.push({ id, file: a?.file, expected: e?.text, actual: a?.text });
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
