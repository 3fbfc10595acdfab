/**
 * The machine-readable exports, built from the same model as the pages.
 */
import type { DocumentMeta } from '../schemas/document.ts';
import type { PublishedRelation, PublishedTerm } from '../schemas/editorial.ts';
import type { FollowUp } from '../schemas/follow-up.ts';
import type { Source } from '../schemas/source.ts';
import type { Target } from '../schemas/target.ts';
import { allBlocks, type Plan } from './model.ts';
import { resolveRef } from './refs.ts';
import { relationsOf } from './relations.ts';
import { termPath, unitPath } from './url.ts';

/** plan.txt: the official text as published, one block a line, in reading order. */
export const planText = (plan: Plan): string =>
  allBlocks(plan)
    .map((b) => b.text)
    .join('\n') + '\n';

export interface PlanJsonUnit {
  id: string;
  kind: string;
  number: number | null;
  title: string;
  heading: string;
  url: string;
  parent: string | null;
  /** Official paragraphs after corrections (headings are in `heading`). */
  paragraphs: string[];
  blocks: Array<{ id: string; role: string; text: string }>;
  /** Ours, not the plan's: the glossary terms the unit uses and its ties to other places. */
  editorial: {
    /** Slugs of the glossary terms its text uses, heading included. */
    terms: string[];
    /** Relations that touch it, outgoing first; ends as content/relations.yaml names them. */
    relations: Array<{
      kind: string;
      direction: 'out' | 'in';
      here: string;
      there: string;
      via: string;
      reason: string;
    }>;
    /** The targets its text states, each with the ids of what official pages said of it afterwards (editorial.followUps). */
    targets: Array<{
      id: string;
      label: string;
      block: string;
      quote: string;
      hedge: string | null;
      followUps: string[];
    }>;
    /** Our one-sentence summary (一句话看懂), tasks and measures only. */
    summary: string | null;
  };
}

/** What the exports need of our editorial layer. */
export interface EditorialData {
  termsByUnit: Record<string, string[]>;
  relations: readonly PublishedRelation[];
  targets: readonly Target[];
  summaries: Readonly<Record<string, string>>;
  /** The documents outside the plan's text the site relies on (content/sources.yaml). */
  sources: readonly Source[];
  /** What official pages said afterwards about the targets (content/follow-ups.yaml). */
  followUps: readonly FollowUp[];
}

/** plan.json: metadata, then every unit with its official text and, apart from it, our editorial notes. */
export function planJson(plan: Plan, document: DocumentMeta, editorial: EditorialData, link: (path: string) => string) {
  const units: PlanJsonUnit[] = plan.units.map((u) => ({
    id: u.key,
    kind: u.kind,
    number: u.number ?? null,
    title: u.title,
    heading: u.heading,
    url: link(unitPath(u)),
    parent: u.parent ?? null,
    paragraphs: u.blocks.filter((b) => b.role === 'paragraph').map((b) => b.text),
    blocks: u.blocks.map((b) => ({ id: b.id, role: b.role, text: b.text })),
    editorial: {
      terms: editorial.termsByUnit[u.key] ?? [],
      relations: relationsOf(u.key, editorial.relations).map((v) => ({
        kind: v.relation.kind,
        direction: v.outgoing ? 'out' : 'in',
        here: v.here.id,
        there: v.there.id,
        via: v.relation.via,
        reason: v.relation.reason,
      })),
      targets: editorial.targets
        .filter((t) => u.blocks.some((b) => b.id === t.block))
        .map((t) => ({
          ...t,
          hedge: t.hedge ?? null,
          followUps: editorial.followUps.filter((f) => f.target === t.id).map((f) => f.id),
        })),
      summary: editorial.summaries[u.key] ?? null,
    },
  }));
  return {
    document: { ...document, title: resolveRef(plan, 'front.t1').unit.title, unofficial: true },
    counts: Object.fromEntries(
      (['part', 'section', 'group', 'task', 'measure'] as const).map((k) => [
        k,
        units.filter((u) => u.kind === k).length,
      ]),
    ),
    units,
    /** Ours, not the plan's: what the site relies on beyond the plan's text, and what was said afterwards. */
    editorial: {
      note: '本部分由本站编辑整理，不是方案原文。sources 是本站依据的方案以外的文件，每项注明网址、性质（发文机关网站、政府网站转载、非官方转载或媒体）、查阅日期和依据的原话；followUps 是官方网页后来对方案目标的说法，不等于目标已经达到。',
      sources: editorial.sources,
      followUps: editorial.followUps,
    },
  };
}

/** glossary.json: every entry, sorted by pinyin, with where the plan uses it. */
export function glossaryJson(glossary: readonly PublishedTerm[], link: (path: string) => string) {
  return {
    note: '本表的定义和解释由本站编写，不是方案原文。',
    entries: glossary.map((t) => ({
      slug: t.slug,
      term: t.term,
      aliases: t.aliases,
      kinds: t.kinds,
      searchWords: t.searchWords,
      definition: t.definition,
      basis: t.basis,
      related: t.related,
      url: link(termPath(t.slug)),
      uses: t.uses,
    })),
  };
}
