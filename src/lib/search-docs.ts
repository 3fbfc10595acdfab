/**
 * The documents search ranks, built from the same model as the pages: one
 * per unit of the plan (its heading as title, each paragraph with the
 * anchor its page gives it), one per glossary entry, and the parents' pages
 * (one per question of 常见问题, per entry of 院校与项目, and 2025目标一览). 全文 repeats every paragraph, so it is not a document: one
 * paragraph, one result.
 */
import type { PublishedTerm } from '../schemas/editorial.ts';
import type { PublishedFaq } from '../schemas/faq.ts';
import type { PublishedGuideSection } from '../schemas/guide.ts';
import type { Institution } from '../schemas/institution.ts';
import type { Milestone } from '../schemas/milestone.ts';
import type { Target } from '../schemas/target.ts';
import { isHeadingBlock, type Plan, type Unit } from './model.ts';
import { breadcrumbs, labelOf, pageTitleOf } from './nav.ts';
import type { SearchDoc } from './search-rank.ts';
import { blockAnchor, PART_SLUGS, ROUTES, termPath, unitPath } from './url.ts';

/** The URL segment of the part a unit sits in, or is: what the part filter and Pagefind's `part` filter hold. */
export function partOf<U extends Unit>(plan: Plan<U>, unit: U): string | undefined {
  for (let u: U | undefined = unit; u; u = u.parent ? plan.byKey.get(u.parent) : undefined)
    if (u.kind === 'part') return PART_SLUGS[(u.number ?? 0) - 1];
  return undefined;
}

export function planSearchDocs<U extends Unit>(
  plan: Plan<U>,
  glossary: readonly PublishedTerm[],
  glossaryLabel: string,
): SearchDoc[] {
  const units: SearchDoc[] = plan.units.map((u) => {
    const part = partOf(plan, u);
    return {
      id: u.key,
      kind: 'plan',
      ...(part ? { part } : {}),
      url: unitPath(u),
      title: pageTitleOf(u),
      where: breadcrumbs(plan, u.key)
        .slice(1, -1)
        .map((c) => `${c.marker ?? ''}${c.label}`)
        .join(' › '),
      blocks: u.blocks.map((b) => {
        const anchor = blockAnchor(b, 'unit');
        return { ...(anchor ? { anchor } : {}), text: b.text, title: isHeadingBlock(b) };
      }),
    };
  });
  const terms: SearchDoc[] = glossary.map((t) => ({
    id: `glossary:${t.slug}`,
    url: termPath(t.slug),
    kind: 'glossary',
    title: t.term,
    where: glossaryLabel,
    blocks: [
      { text: t.term, title: true },
      { text: t.definition, title: false },
    ],
  }));
  return [...units, ...terms];
}

/** The parents' pages, as search sees them (kind `guide`). */
export interface GuidePages {
  guide: readonly PublishedGuideSection[];
  faq: readonly PublishedFaq[];
  institutions: readonly Institution[];
  targets: readonly Target[];
  milestones: readonly Milestone[];
}

/** The names search shows as a result's place: 常见问题, 院校与项目, 2025目标一览. */
export interface GuideLabels {
  guide: string;
  faq: string;
  institutions: string;
  targets: string;
}

/**
 * One document per section of 路径指南, per question of 常见问题 and per entry of 院校与项目, so each
 * is its own result at its own anchor; one for 2025目标一览, each target and
 * dated step a block at its row's anchor.
 */
export function guideSearchDocs(pages: GuidePages, labels: GuideLabels): SearchDoc[] {
  // A section or an answer is one result at its own anchor (its slug): its title, then its text.
  const piece = (p: {
    id: string;
    url: string;
    where: string;
    slug: string;
    title: string;
    text: string;
  }): SearchDoc => ({
    id: p.id,
    url: p.url,
    kind: 'guide',
    title: p.title,
    where: p.where,
    blocks: [
      { anchor: p.slug, text: p.title, title: true },
      { anchor: p.slug, text: p.text, title: false },
    ],
  });
  const sections = pages.guide.map((g) =>
    piece({
      id: `guide:${g.slug}`,
      url: ROUTES.guide,
      where: labels.guide,
      slug: g.slug,
      title: g.heading,
      text: g.text,
    }),
  );
  const questions = pages.faq.map((q) =>
    piece({ id: `faq:${q.slug}`, url: ROUTES.faq, where: labels.faq, slug: q.slug, title: q.question, text: q.answer }),
  );
  const institutions: SearchDoc[] = pages.institutions.map((i) => ({
    id: `institution:${i.slug}`,
    url: ROUTES.institutions,
    kind: 'guide',
    title: i.label ?? i.words,
    where: labels.institutions,
    blocks: [
      { anchor: i.slug, text: i.label ?? i.words, title: true },
      ...i.mentions.map((m) => ({ anchor: i.slug, text: m.quote, title: false })),
    ],
  }));
  const targets: SearchDoc = {
    id: 'targets',
    url: ROUTES.targets,
    kind: 'guide',
    title: labels.targets,
    where: '',
    blocks: [
      { text: labels.targets, title: true },
      ...pages.targets.map((t) => ({ anchor: `t-${t.id}`, text: `${t.label}：${t.quote}`, title: false })),
      ...pages.milestones.map((m) => ({ anchor: `m-${m.id}`, text: `${m.when}，${m.label}`, title: false })),
    ],
  };
  return [...sections, ...questions, ...institutions, targets];
}

/** The plan's parts as the part filter offers them: `tasks` labelled 重点任务. */
export const searchParts = <U extends Unit>(plan: Plan<U>): Array<{ slug: string; label: string }> =>
  plan.units.flatMap((u) => {
    const slug = u.kind === 'part' ? partOf(plan, u) : undefined;
    return slug ? [{ slug, label: labelOf(u) }] : [];
  });
