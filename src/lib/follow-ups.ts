/**
 * What official pages said afterwards about the plan's targets
 * (content/follow-ups.yaml): checked against the targets, the sources and
 * the plan, and cut into what the page shows. Pure.
 */
import { uniqueKeys, type ContentProblem } from './content-problem.ts';
import { attribute, mdxTree, piecesOf, wordsOf } from './mdx-tree.ts';
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
  const tree = mdxTree('', sentence).tree;
  if (!tree) return [{ text: sentence }];
  const segments: Segment[] = [];
  for (const p of piecesOf(tree, (e) => e.name === 'Quote' && attribute(e, 'from') !== undefined)) {
    const last = segments.at(-1);
    if (p.kind === 'element') segments.push({ text: wordsOf(p.element), from: attribute(p.element, 'from') ?? '' });
    else if (last && last.from === undefined) last.text += p.value;
    else segments.push({ text: p.value });
  }
  // The sentence is one paragraph; its end is no word of ours.
  const last = segments.at(-1);
  if (last?.from === undefined && last?.text.endsWith('\n')) last.text = last.text.slice(0, -1);
  return segments.filter((s) => s.text || s.from !== undefined);
}
