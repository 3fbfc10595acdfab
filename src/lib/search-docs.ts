/**
 * The documents search ranks, built from the same model as the pages: one
 * per unit of the plan (its heading as title, each paragraph with the
 * anchor its page gives it) and one per glossary entry. 全文 repeats every
 * paragraph, so it is not a document: one paragraph, one result.
 */
import type { PublishedTerm } from '../schemas/editorial.ts';
import { isHeadingBlock, type Plan, type Unit } from './model.ts';
import { breadcrumbs, pageTitleOf } from './nav.ts';
import type { SearchDoc } from './search-rank.ts';
import { blockAnchor, termPath, unitPath } from './url.ts';

export function planSearchDocs<U extends Unit>(
  plan: Plan<U>,
  glossary: readonly PublishedTerm[],
  glossaryLabel: string,
): SearchDoc[] {
  const units: SearchDoc[] = plan.units.map((u) => ({
    id: u.key,
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
  }));
  const terms: SearchDoc[] = glossary.map((t) => ({
    id: `glossary:${t.slug}`,
    url: termPath(t.slug),
    title: t.term,
    where: glossaryLabel,
    blocks: [
      { text: t.term, title: true },
      { text: t.definition, title: false },
    ],
  }));
  return [...units, ...terms];
}
