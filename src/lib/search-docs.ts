/**
 * The documents search ranks, built from the same model as the pages: one
 * per unit of the plan (its heading as title, each paragraph with the
 * anchor its page gives it), one per glossary entry and one per question of
 * 常见问题. 全文 repeats every paragraph, so it is not a document: one
 * paragraph, one result.
 */
import type { PublishedTerm } from '../schemas/editorial.ts';
import type { PublishedFaq } from '../schemas/faq.ts';
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
  faq: readonly PublishedFaq[] = [],
  faqLabel = '',
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
  // One document per question, so each answer is its own result and links to its own anchor.
  const questions: SearchDoc[] = faq.map((q) => ({
    id: `faq:${q.slug}`,
    url: ROUTES.faq,
    kind: 'guide',
    title: q.question,
    where: faqLabel,
    blocks: [
      { anchor: q.slug, text: q.question, title: true },
      { anchor: q.slug, text: q.answer, title: false },
    ],
  }));
  return [...units, ...terms, ...questions];
}

/** The plan's parts as the part filter offers them: `tasks` labelled 重点任务. */
export const searchParts = <U extends Unit>(plan: Plan<U>): Array<{ slug: string; label: string }> =>
  plan.units.flatMap((u) => {
    const slug = u.kind === 'part' ? partOf(plan, u) : undefined;
    return slug ? [{ slug, label: labelOf(u) }] : [];
  });
