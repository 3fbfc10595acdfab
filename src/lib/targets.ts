/**
 * 2025目标一览: the figures the chart draws, read from the targets' own
 * quotes (so no number is typed twice and none can drift from the plan),
 * and the dated steps of the timeline, checked against the plan's words.
 * Pure.
 */
import { uniqueKeys, type ContentProblem } from './content-problem.ts';
import { lineOf, type Lined } from './relations.ts';
import { occurrences } from './terms.ts';
import type { Milestone } from '../schemas/milestone.ts';
import type { Source } from '../schemas/source.ts';
import { unframedCompletion } from './completion.ts';
import { sourceUseProblems } from './sources.ts';
import type { Target } from '../schemas/target.ts';

/** A number a target's quote states: a ratio such as 3.2:6.8 or a percentage such as 60%. */
export interface Figure {
  kind: 'ratio' | 'percent';
  /** [3.2, 6.8] for a ratio, [60] for a percentage. */
  values: number[];
  /** Where it stands in the quote. */
  start: number;
  end: number;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const FIGURE = new RegExp(`(${NUMBER})[:：](${NUMBER})|(${NUMBER})[%％]`, 'g');

/** The ratios and percentages a quote states, in order; counts (8所, 5万) are not figures of a whole. */
export function figuresOf(quote: string): Figure[] {
  return [...quote.matchAll(FIGURE)].map((m) => ({
    kind: m[3] === undefined ? 'ratio' : 'percent',
    values: m[3] === undefined ? [Number(m[1]), Number(m[2])] : [Number(m[3])],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** One bar of the chart: shares of a whole, and the plan's words that state it. */
export interface Bar {
  /** The target it draws. */
  target: string;
  kind: Figure['kind'];
  /** The shares, summing to `whole`: [3.2, 6.8] of 10, [60, 40] of 100. */
  shares: number[];
  whole: number;
  /** The quote's words from the figure before up to this one: 职普比由3.2:6.8, 提升为4:6. */
  words: string;
}

/** The chart's bars: every ratio and percentage the targets state, in the plan's order. */
export function chartBars(targets: readonly Target[]): Bar[] {
  return targets.flatMap((t) =>
    figuresOf(t.quote).map((f, i, all): Bar => {
      const from = i > 0 ? all[i - 1]!.end : 0;
      const shares = f.kind === 'ratio' ? f.values : [f.values[0]!, 100 - f.values[0]!];
      return {
        target: t.id,
        kind: f.kind,
        shares,
        whole: shares.reduce((a, b) => a + b, 0),
        words: t.quote.slice(from, f.end),
      };
    }),
  );
}

/**
 * The label a target's card shows over its quote: none when the quote already holds it word for word
 * (8所高校 over 8所高校), so a card never says the same thing twice.
 */
export function cardLabel(t: Pick<Target, 'label' | 'quote'>): string | undefined {
  return t.quote.includes(t.label) ? undefined : t.label;
}

/** What the timeline needs of a step: when, in words and as a year for the order. */
export interface Dated {
  when: string;
  year: number;
}

/** The timeline: the dated steps grouped by their words for when, in order of year, then of the list. */
export function timeline<T extends Dated>(items: readonly T[]): Array<{ when: string; year: number; items: T[] }> {
  const groups: Array<{ when: string; year: number; items: T[] }> = [];
  const sorted = items.map((m, i) => ({ m, i })).sort((a, b) => a.m.year - b.m.year || a.i - b.i);
  for (const { m } of sorted) {
    const last = groups.at(-1);
    if (last && last.when === m.when) last.items.push(m);
    else groups.push({ when: m.when, year: m.year, items: [m] });
  }
  return groups;
}

/** What checking a step needs beyond the plan: the sources, for a step that happened. */
export interface MilestoneContext {
  /** The official text of a block by id, or undefined if the plan has none. */
  blockText: (id: string) => string | undefined;
  /** The sources of content/sources.yaml, by id. */
  sources: ReadonlyMap<string, Source>;
  /** The file the sources are listed in, for messages. */
  sourcesFile: string;
}

/**
 * Checks each step. A planned one against its block: the plan's words for
 * when and what, in that order, and the year; its label framed as an aim.
 * One that happened against an official page that says so.
 */
export function checkMilestones(
  file: string,
  items: ReadonlyArray<Lined<Milestone>>,
  ctx: MilestoneContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const taken = uniqueKeys('id', 'needs its own');
  for (const lined of items) {
    const { item: m, line } = lined;
    const say = (field: string, message: string) => problems.push({ file, line: lineOf(lined, field), field, message });
    const twice = taken(m.id, `the step on line ${line}`);
    if (twice) say('id', twice);
    if (m.kind === 'happened')
      for (const message of sourceUseProblems(
        { source: m.source, words: m.says, fact: true },
        ctx.sources,
        ctx.sourcesFile,
      ))
        say('source', message);
    const completion = m.kind === 'planned' ? unframedCompletion(m.label) : undefined;
    if (completion)
      say(
        'label',
        `“${m.label}” reads as done (“${completion}”), but the plan only sets it as an aim; frame it as one (计划${m.when}完成…), or make it a step of kind happened with an official source that says so`,
      );
    const year = /(\d{4})年/.exec(m.when)?.[1];
    if (year && Number(year) !== m.year) say('year', `is ${m.year} but “${m.when}” says ${year}`);
    if (m.block === undefined || m.quote === undefined) {
      if (m.kind === 'happened' && (m.block === undefined) !== (m.quote === undefined))
        say(m.block === undefined ? 'block' : 'quote', 'give both block and quote, or neither');
      continue;
    }
    const text = ctx.blockText(m.block);
    if (text === undefined) {
      say('block', `the plan has no block "${m.block}"; ids look like task-10.p1 (plan.json lists them)`);
      continue;
    }
    const at = occurrences(text, m.quote);
    if (at.length !== 1)
      say(
        'quote',
        at.length
          ? `“${m.quote}” stands ${at.length} times in ${m.block}; quote more words so it names one place`
          : `${m.block} does not hold “${m.quote}”; copy the words exactly as the plan prints them`,
      );
    const when = text.indexOf(m.when);
    if (when < 0) say('when', `${m.block} does not hold “${m.when}”; give the plan's own words for when`);
    else if (at.length === 1 && when > at[0]!)
      say('when', `“${m.when}” comes after “${m.quote}” in ${m.block}; give the words for when that come before it`);
    if (m.kind === 'planned' && m.hedge && !text.includes(m.hedge))
      say('hedge', `${m.block} does not hold “${m.hedge}”; quote the plan's hedge`);
  }
  return problems;
}
