/**
 * The plan as pages see it: the one entry the plan loader publishes, with
 * lookups and navigation derived from it. Derived once per loaded entry, so
 * `astro dev` shows a change on the next reload.
 */
import { getEntry } from 'astro:content';
import { assemblePlan, type Plan } from '../lib/model.ts';
import { buildToc, type NavNode } from '../lib/nav.ts';
import { resolveRef } from '../lib/refs.ts';
import { officialTextSource } from '../lib/sources.ts';
import type { Correction } from '../schemas/correction.ts';
import type { DocumentMeta } from '../schemas/document.ts';
import { PLAN_ENTRY, type PlanData } from '../schemas/plan-data.ts';
import type { PublishedRelation, PublishedTerm } from '../schemas/editorial.ts';
import type { PublishedFaq } from '../schemas/faq.ts';
import type { Institution } from '../schemas/institution.ts';
import type { Milestone } from '../schemas/milestone.ts';
import type { PublishedGuideSection } from '../schemas/guide.ts';
import type { PathwayStep } from '../schemas/pathway.ts';
import type { ChangelogEntry } from '../schemas/changelog.ts';
import type { Source } from '../schemas/source.ts';
import type { FollowUp } from '../schemas/follow-up.ts';
import type { Target } from '../schemas/target.ts';
import type { PublishedUnit } from '../schemas/unit.ts';

export interface Published {
  plan: Plan<PublishedUnit>;
  document: DocumentMeta;
  corrections: Correction[];
  /** How many times each correction changed the text, by id. */
  uses: Record<string, number>;
  toc: NavNode[];
  /** 发文机关: the body that signed the notice. */
  issuer: string;
  /** The notice's title, which gov.cn tables call 标题. */
  noticeTitle: string;
  /** The plan's own title, from the title page. */
  planTitle: string;
  /** The glossary, sorted by pinyin. */
  glossary: PublishedTerm[];
  /** Glossary entries by slug. */
  terms: ReadonlyMap<string, PublishedTerm>;
  /** The terms each unit uses, heading included, by unit key. */
  termsByUnit: Record<string, string[]>;
  /** Our one-sentence summary of each task and measure, plain text, by unit key. */
  summaries: Record<string, string>;
  /** 常见问题, in the order of the page. */
  faq: PublishedFaq[];
  /** 院校与项目, as content/institutions.yaml orders them. */
  institutions: Institution[];
  /** The dated steps the plan sets, as content/milestones.yaml orders them. */
  milestones: Milestone[];
  /** The parents' guide, section by section. */
  guide: PublishedGuideSection[];
  /** The arrows of the pathways diagram on /guide/. */
  pathways: PathwayStep[];
  /** What changed in each version of the site, newest first. */
  changelog: ChangelogEntry[];
  /** The 2025 targets of 主要目标. */
  targets: Target[];
  relations: PublishedRelation[];
  /** The documents outside the plan's text the site relies on, by id (content/sources.yaml). */
  sources: ReadonlyMap<string, Source>;
  /** The page of the official text (content/sources.yaml, officialText: true). */
  officialText: Source;
  /** What official pages said afterwards about the targets (content/follow-ups.yaml). */
  followUps: FollowUp[];
}

const derived = new WeakMap<PlanData, Published>();

/** A glossary entry by slug; an unknown slug is an authoring error that names the known ones' source. */
export function termOf(published: Published, slug: string): PublishedTerm {
  const term = published.terms.get(slug);
  if (!term)
    throw new Error(
      `<Term slug="${slug}">: there is no glossary entry "${slug}"; use the slug of a file in content/glossary/`,
    );
  return term;
}

export async function getPublished(): Promise<Published> {
  const entry = await getEntry('plan', PLAN_ENTRY);
  if (!entry) throw new Error('the plan loader published nothing: see the build log for the content problem');
  const data = entry.data;
  let published = derived.get(data);
  if (!published) {
    const plan = assemblePlan(data.units);
    published = {
      plan,
      document: data.document,
      corrections: data.corrections,
      uses: data.uses,
      toc: buildToc(plan),
      issuer: resolveRef(plan, 'notice.signatory').block.text,
      noticeTitle: resolveRef(plan, 'notice.title').block.text,
      planTitle: resolveRef(plan, 'front.t1').unit.title,
      glossary: data.glossary,
      terms: new Map(data.glossary.map((t) => [t.slug, t])),
      termsByUnit: data.termsByUnit,
      summaries: data.summaries,
      faq: data.faq,
      institutions: data.institutions,
      milestones: data.milestones,
      guide: data.guide,
      pathways: data.pathways,
      changelog: data.changelog,
      targets: data.targets,
      relations: data.relations,
      sources: new Map(data.sources.map((s) => [s.id, s])),
      officialText: officialTextSource(data.sources),
      followUps: data.followUps,
    };
    derived.set(data, published);
  }
  return published;
}
