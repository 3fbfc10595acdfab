/**
 * The parents' pathways diagram as data: the arrows of content/pathways.yaml,
 * checked against the plan's words, and laid out in rows that follow the
 * arrows (初中 on top, each place one row below the lowest place leading to
 * it). Pure; the component only draws what this returns.
 */
import type { ContentProblem } from './content-problem.ts';
import type { Lined } from './relations.ts';
import { longestSharedRun, COPY_LIMIT } from './summaries.ts';
import type { PathwayStep } from '../schemas/pathway.ts';

/** Checks each arrow: its words in its block, our words not copied from it, no loop, no arrow twice. */
export function checkPathways(
  file: string,
  items: ReadonlyArray<Lined<PathwayStep>>,
  blockText: (id: string) => string | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  for (const { item: s, line } of items) {
    const say = (field: string, message: string) => problems.push({ file, line, field, message });
    const key = `${s.from}→${s.to}`;
    const other = seen.get(key);
    if (other !== undefined) say('to', `${key} is drawn on line ${other} already; keep one arrow`);
    seen.set(key, line);
    if (s.from === s.to) say('to', `an arrow leads from one place to another; "${s.from}" leads to itself`);
    const text = blockText(s.block);
    if (text === undefined) {
      say('block', `the plan has no block "${s.block}"; ids look like task-04.p1 (plan.json lists them)`);
      continue;
    }
    if (!text.includes(s.quote)) say('quote', `${s.block} does not hold “${s.quote}”; copy the words exactly`);
    if (s.hedge && !text.includes(s.hedge))
      say('hedge', `${s.block} does not hold “${s.hedge}”; quote the plan's hedge`);
    const run = longestSharedRun(s.says, text);
    if (run.length >= COPY_LIMIT)
      say('says', `copies “${run}” from ${s.block}; say it in your own words, or it belongs in quote`);
  }
  if (!problems.length && rowsOf(items.map((i) => i.item)) === undefined)
    problems.push({ file, line: 1, message: 'the arrows go round in a loop; a pathway only leads onwards' });
  return problems;
}

/** Each place's row: 0 for places no arrow leads to, else one below the lowest place leading to it; undefined on a loop. */
function rowsOf(steps: readonly PathwayStep[]): Map<string, number> | undefined {
  const places = [...new Set(steps.flatMap((s) => [s.from, s.to]))];
  const rows = new Map(places.map((p) => [p, 0]));
  // Longest path by relaxation: more rounds than places means a loop.
  for (let round = 0; round <= places.length; round++) {
    let changed = false;
    for (const s of steps) {
      const want = rows.get(s.from)! + 1;
      if (want > rows.get(s.to)!) {
        rows.set(s.to, want);
        changed = true;
      }
    }
    if (!changed) return rows;
  }
  return undefined;
}

/** A place's box, in the diagram's units. */
export interface Box {
  place: string;
  row: number;
  /** Centre. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Layout {
  width: number;
  height: number;
  boxes: Box[];
  arrows: Array<{ step: PathwayStep; from: Box; to: Box }>;
}

/**
 * Sizes of the drawing, in SVG units; the page scales it to the column. A label is set at 14 units, and at 17.5
 * with 大字版 (site.css), so a box is as wide as its label at the larger size (charWidth) where its row has room.
 */
export const DIAGRAM = {
  width: 320,
  boxHeight: 34,
  rowGap: 40,
  gap: 6,
  maxBox: 130,
  charWidth: 17.5,
  pad: 10,
} as const;

/**
 * Rows top to bottom in arrow order; the places of a row in order of first
 * mention, spread evenly, or under the place they come from when a row holds one.
 */
export function layoutPathways(steps: readonly PathwayStep[]): Layout {
  const rows = rowsOf(steps);
  if (!rows) throw new Error('content/pathways.yaml: the arrows go round in a loop');
  const { width, boxHeight, rowGap, gap, maxBox, charWidth, pad } = DIAGRAM;
  const count = Math.max(...rows.values()) + 1;
  const boxes = new Map<string, Box>();
  for (let row = 0; row < count; row++) {
    const here = [...rows].filter(([, r]) => r === row).map(([p]) => p);
    // Each box as wide as its label, with less padding where a row is crowded; the room left over is shared out
    // evenly around the boxes, so a short label (中职) leaves more to the long ones beside it.
    const labels = here.map((place) => place.length * charWidth);
    const total = labels.reduce((a, b) => a + b, 0);
    const padHere = Math.max(0, Math.min(pad, (width - gap * (here.length - 1) - total) / (2 * here.length)));
    const widths = labels.map((w) => Math.min(maxBox, w + 2 * padHere));
    const free = (width - widths.reduce((a, b) => a + b, 0)) / here.length;
    let left = 0;
    here.forEach((place, i) => {
      const boxWidth = widths[i]!;
      const parents = steps.filter((s) => s.to === place).map((s) => boxes.get(s.from)!);
      const under = parents.length ? parents.reduce((a, b) => a + b.x, 0) / parents.length : width / 2;
      // Under its parents when alone in its row, but never past the edge of the drawing.
      const alone = Math.min(Math.max(under, boxWidth / 2), width - boxWidth / 2);
      const x = here.length === 1 ? alone : left + (boxWidth + free) / 2;
      left += boxWidth + free;
      boxes.set(place, {
        place,
        row,
        x,
        y: row * (boxHeight + rowGap) + boxHeight / 2,
        width: boxWidth,
        height: boxHeight,
      });
    });
  }
  return {
    width,
    height: count * boxHeight + (count - 1) * rowGap,
    boxes: [...boxes.values()],
    arrows: steps.map((step) => ({ step, from: boxes.get(step.from)!, to: boxes.get(step.to)! })),
  };
}
