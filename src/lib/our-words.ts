/**
 * Everything we write, read as claims (src/lib/claims.ts) and checked
 * against the plan: summaries, answers, guide sections, glossary entries
 * (definition and body), the pathways' words, target and milestone labels
 * and the follow-ups' notes. Two checks run on every claim: the plan's
 * hedges kept (src/lib/hedges.ts), and completion words framed as the
 * plan's aim or resting on an official follow-up (src/lib/completion.ts).
 * Pure.
 */
import { claimOfLine, claimsOf, type Claim } from './claims.ts';
import { unframedCompletion } from './completion.ts';
import type { ContentFile } from './content-files.ts';
import type { ContentProblem } from './content-problem.ts';
import { excused, hedgeProblems, hedgesNotInPlan, type HedgeContext } from './hedges.ts';
import type { GlossarySource } from './glossary.ts';
import type { ProseBody } from './mdx-tree.ts';
import { quoteJoinProblems } from './quote-join.ts';
import { lineOf, type Lined } from './relations.ts';
import { summaryKeyOf } from './summaries.ts';
import type { FollowUp } from '../schemas/follow-up.ts';
import type { HedgesFile } from '../schemas/hedge.ts';
import type { Milestone } from '../schemas/milestone.ts';
import type { PathwayStep } from '../schemas/pathway.ts';
import type { Target } from '../schemas/target.ts';

/** Everything we write, as the loader read it. */
export interface OurWords {
  summaries: readonly ContentFile[];
  /** The bodies of 常见问题 and the guide, past the frontmatter their checks read. */
  faq: readonly ProseBody[];
  guide: readonly ProseBody[];
  glossary: readonly GlossarySource[];
  pathways: { file: string; items: ReadonlyArray<Lined<PathwayStep>> };
  targets: { file: string; items: ReadonlyArray<Lined<Target>> };
  milestones: { file: string; items: ReadonlyArray<Lined<Milestone>> };
  followUps: { file: string; items: ReadonlyArray<Lined<FollowUp>> };
}

export interface OurWordsContext {
  blockText: (id: string) => string | undefined;
  /** A unit's paragraph blocks by its key, which its summary speaks of. */
  unitBlocks: (key: string) => readonly string[];
  /** The blocks where the plan uses a glossary entry's term, by slug: its definition speaks of them. */
  uses: (slug: string) => readonly string[];
  termName: (slug: string) => string | undefined;
  /** content/hedges.yaml, with its path. */
  hedges: HedgesFile;
  hedgesFile: string;
  /** The whole official text, to check that every hedge listed is the plan's. */
  planText: string;
}

/** A claim with words beside it that keep a hedge (a label's `hedge`), and whether completion words need a frame. */
interface Checked {
  claim: Claim;
  kept?: readonly string[];
  /** A frame the page always shows before it (目标： for a target's label); absent, none. */
  frame?: string;
  /** Completion words are not ours to frame here (a milestone's label, checked in src/lib/targets.ts). */
  noCompletion?: boolean;
}

/** Every claim of every kind of prose, with what it cites. */
function claimsOfAll(words: OurWords, ctx: OurWordsContext): Checked[] {
  const out: Checked[] = [];
  for (const f of words.summaries) {
    // A summary speaks of its own unit, whatever it cites.
    const unit = ctx.unitBlocks(summaryKeyOf(f.path));
    for (const c of claimsOf(f.path, f.text, 1, ctx.termName))
      out.push({ claim: { ...c, refs: [...new Set([...c.refs, ...unit])] } });
  }
  for (const f of [...words.faq, ...words.guide])
    for (const claim of claimsOf(f.file, f.body, f.bodyLine, ctx.termName)) out.push({ claim });
  for (const g of words.glossary) {
    out.push({
      claim: claimOfLine(
        g.file,
        g.lineOf('definition'),
        g.entry.definition,
        [...ctx.uses(g.entry.slug)],
        [g.entry.term, ...g.entry.aliases],
      ),
    });
    for (const claim of claimsOf(g.file, g.body, g.bodyLine, ctx.termName)) out.push({ claim });
  }
  for (const p of words.pathways.items)
    out.push({
      claim: {
        ...claimOfLine(words.pathways.file, lineOf(p, 'says'), p.item.says, []),
        quotes: [{ block: p.item.block, words: p.item.quote }],
      },
    });
  for (const t of words.targets.items)
    out.push({
      claim: {
        ...claimOfLine(words.targets.file, lineOf(t, 'label'), t.item.label, []),
        quotes: [{ block: t.item.block, words: t.item.quote }],
      },
      kept: t.item.hedge ? [t.item.hedge] : [],
      // Every page shows a target's label as a target: 目标一览, the table's 目标 column, 目标：… on the plan's pages.
      frame: '目标：',
    });
  for (const m of words.milestones.items)
    if (m.item.kind === 'planned')
      out.push({
        claim: {
          ...claimOfLine(words.milestones.file, lineOf(m, 'label'), m.item.label, []),
          quotes: [{ block: m.item.block, words: m.item.quote }],
        },
        kept: m.item.hedge ? [m.item.hedge] : [],
        noCompletion: true,
      });
  for (const f of words.followUps.items)
    f.item.differs.forEach((sentence, i) => {
      for (const claim of claimsOf(words.followUps.file, sentence, lineOf(f, 'differs') + 1 + i, ctx.termName))
        out.push({ claim: { ...claim, followUp: true } });
    });
  return out;
}

/** Every body of MDX or sentence of YAML that may hold quotes, with the line it starts on. */
function bodiesOf(words: OurWords): Array<{ file: string; body: string; line: number }> {
  const out: Array<{ file: string; body: string; line: number }> = [];
  for (const f of words.summaries) out.push({ file: f.path, body: f.text, line: 1 });
  for (const f of [...words.faq, ...words.guide]) out.push({ file: f.file, body: f.body, line: f.bodyLine });
  for (const g of words.glossary) out.push({ file: g.file, body: g.body, line: g.bodyLine });
  for (const f of words.followUps.items)
    f.item.differs.forEach((body, i) =>
      out.push({ file: words.followUps.file, body, line: lineOf(f, 'differs') + 1 + i }),
    );
  return out;
}

/** The hedges kept and completion words framed in everything we write, and the hedges file itself. */
export function checkOurWords(words: OurWords, ctx: OurWordsContext): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const hedgeCtx: HedgeContext = {
    blockText: ctx.blockText,
    hedges: ctx.hedges.hedges,
    degree: ctx.hedges.degree,
    allow: ctx.hedges.allow,
    termForms: words.glossary.flatMap((g) => [g.entry.term, ...g.entry.aliases]),
  };
  for (const h of hedgesNotInPlan(ctx.hedges.hedges, ctx.planText))
    problems.push({
      file: ctx.hedgesFile,
      field: 'hedges',
      message: `“${h.words}” does not occur in the plan; list only the plan's own hedges`,
    });
  const used = new Set<number>();
  for (const { claim, kept, frame, noCompletion } of claimsOfAll(words, ctx)) {
    problems.push(...hedgeProblems(claim, hedgeCtx, kept));
    ctx.hedges.allow.forEach((a, i) => {
      if (a.file === claim.file && claim.text.includes(a.sentence)) used.add(i);
    });
    if (noCompletion || claim.followUp) continue;
    const word = unframedCompletion((frame ?? '') + claim.own);
    if (word && !excused(claim, word, ctx.hedges.allow))
      problems.push({
        file: claim.file,
        line: claim.line,
        message: `says “${word}” in its own words as if done: “${claim.text}”. The plan sets it as an aim: frame it so (方案要求…, 计划…, 目标是…), or show the official follow-up that says it happened (<FollowUps target="…" />)`,
      });
  }
  for (const b of bodiesOf(words)) problems.push(...quoteJoinProblems(b.file, b.body, b.line, ctx.blockText));
  ctx.hedges.allow.forEach((a, i) => {
    if (!used.has(i))
      problems.push({
        file: ctx.hedgesFile,
        field: 'allow',
        message: `the excuse for “${a.sentence}” in ${a.file} matches no sentence there any more; remove it`,
      });
  });
  return problems;
}
