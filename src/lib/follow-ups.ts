/**
 * What official pages said afterwards about the plan's targets
 * (content/follow-ups.yaml): checked against the targets, the sources and
 * the plan, and cut into what the page shows. Pure.
 */
import { uniqueKeys, type ContentProblem } from './content-problem.ts';
import { proseProblems } from './prose.ts';
import { lineOf, type Lined } from './relations.ts';
import { sourceUseProblems } from './sources.ts';
import type { FollowUp } from '../schemas/follow-up.ts';
import type { Source } from '../schemas/source.ts';

export interface FollowUpContext {
  /** Whether content/targets.yaml has a target with this id. */
  hasTarget: (id: string) => boolean;
  /** The sources of content/sources.yaml, by id. */
  sources: ReadonlyMap<string, Source>;
  /** The file the sources are listed in, for messages. */
  sourcesFile: string;
  /** The official text of a block by id, or undefined if the plan has none. */
  blockText: (id: string) => string | undefined;
}

/** Each follow-up: a known target, an official source holding its words, the plan's words quoted exactly. */
export function checkFollowUps(
  file: string,
  items: ReadonlyArray<Lined<FollowUp>>,
  ctx: FollowUpContext,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const taken = uniqueKeys('id', 'needs its own');
  for (const lined of items) {
    const { item: f, line } = lined;
    const say = (field: string, message: string) => problems.push({ file, line: lineOf(lined, field), field, message });
    const twice = taken(f.id, `the follow-up on line ${line}`);
    if (twice) say('id', twice);
    if (!ctx.hasTarget(f.target))
      say('target', `there is no target "${f.target}"; name one of content/targets.yaml by its id`);
    for (const message of sourceUseProblems(
      { source: f.source, words: f.quote, fact: true },
      ctx.sources,
      ctx.sourcesFile,
    ))
      say('source', message);
    f.differs.forEach((sentence, i) =>
      problems.push(
        ...proseProblems(file, sentence, lineOf(lined, 'differs') + 1 + i, {
          hasTerm: () => false,
          blockText: ctx.blockText,
        }).map((p) => ({ ...p, field: 'differs' })),
      ),
    );
  }
  return problems;
}

/** A piece of a sentence of ours: our words, or the plan's words quoted from a block. */
export type Segment = { text: string; from?: undefined } | { text: string; from: string };

/** Cuts a sentence of ours into our words and the plan's quoted words, for the page to render each its way. */
export function segmentsOf(sentence: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const m of sentence.matchAll(/<Quote\s+from\s*=\s*["']([^"']+)["']\s*>([\s\S]*?)<\/Quote>/g)) {
    if (m.index > at) segments.push({ text: sentence.slice(at, m.index) });
    segments.push({ text: m[2]!, from: m[1]! });
    at = m.index + m[0].length;
  }
  if (at < sentence.length) segments.push({ text: sentence.slice(at) });
  return segments;
}
