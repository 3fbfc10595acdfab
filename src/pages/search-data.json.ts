import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { guideSearchDocs, planSearchDocs } from '../lib/search-docs.ts';
import { ui } from '../ui/strings.ts';

/**
 * What the search page ranks with: the glossary's forms (to understand the
 * query) and the text of every searchable page (to keep and rank results
 * by what they literally hold). Built from the same model as the pages.
 */
export const GET: APIRoute = async () => {
  const { plan, glossary, guide, faq, institutions, targets, milestones } = await getSite();
  const lexicon = glossary.map(({ slug, term, aliases, everyday, notIn }) => ({
    slug,
    term,
    aliases,
    everyday,
    notIn,
  }));
  const docs = [
    ...planSearchDocs(plan, glossary, ui.glossary),
    ...guideSearchDocs(
      { guide, faq, institutions, targets, milestones },
      { guide: ui.guide, faq: ui.faq, institutions: ui.institutions, targets: ui.targets },
    ),
  ];
  return new Response(JSON.stringify({ lexicon, docs }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
