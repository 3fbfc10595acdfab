import type { APIRoute } from 'astro';
import { getPublished } from '../data/published.ts';
import { searchData } from '../lib/search-data.ts';
import { typingSources } from '../lib/search-readings.ts';
import { ui } from '../ui/strings.ts';

/**
 * What the search page ranks with: the glossary's forms and related words
 * (to understand the query), the typing data (made here at build time, so
 * the page ships neither OpenCC nor pinyin-pro), and the text of every
 * searchable page (to keep and rank results by what they literally hold).
 * Built from the same model as the pages.
 */
export const GET: APIRoute = async () => {
  const data = searchData(
    await getPublished(),
    { glossary: ui.glossary, guide: ui.guide, faq: ui.faq, institutions: ui.institutions, targets: ui.targets },
    typingSources,
  );
  return new Response(JSON.stringify(data), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
