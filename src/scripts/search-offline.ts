/**
 * The search page of the offline archive, bundled as a classic script: on
 * file:// browsers block modules, fetch and workers, so the site's text
 * comes from search-data.js, a classic script run before this one that sets
 * QIJIANG_SEARCH_DATA. The same core ranks it; nothing else proposes.
 */
import { startSearch, type SearchData } from './search-page.ts';

declare global {
  /** Set by search-data.js in the offline archive. */
  var QIJIANG_SEARCH_DATA: SearchData | undefined;
}

startSearch({
  name: 'archive',
  data: async () => {
    const data = globalThis.QIJIANG_SEARCH_DATA;
    if (!data) throw new Error('search-data.js did not load');
    return data;
  },
});
