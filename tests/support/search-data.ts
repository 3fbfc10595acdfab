/**
 * The search data the build ships (search-data.json), made in Node from the
 * content alone with the same builder and libraries as the route, so the
 * query core can be tested without a build or a browser.
 */
import { createSearch, type Search, type SearchData } from '../../src/lib/search-core.ts';
import { searchData } from '../../src/lib/search-data.ts';
import { typingSources } from '../../src/lib/search-readings.ts';
import { assemblePlan } from '../../src/lib/model.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { ui } from '../../src/ui/strings.ts';

let made: SearchData | undefined;

export function contentSearchData(): SearchData {
  if (made) return made;
  const { data } = loadPlan('content');
  made = searchData(
    { ...data, plan: assemblePlan(data.units) },
    { glossary: ui.glossary, guide: ui.guide, faq: ui.faq, institutions: ui.institutions, targets: ui.targets },
    typingSources,
  );
  return made;
}

/** The core over the content's search data. */
export const contentSearch = (): Search => createSearch(contentSearchData());

/** Result links as the page writes them: site-relative path and fragment (`/plan/tasks/09/#p1`). */
export const linksOf = (search: Search, q: string): string[] =>
  search.search(q).results.map((r) => r.doc.url + (r.block.anchor ? `#${r.block.anchor}` : ''));
