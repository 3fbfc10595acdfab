/**
 * What the search page loads (search-data.json, and search-data.js in the
 * offline archive): the glossary's forms and related words, the guide's
 * related words, the typing data and every searchable document, built from
 * the same model as the pages. Pure: the route (and the tests, from the
 * content alone) pass OpenCC's table and a pinyin reader in.
 */
import type { PublishedTerm } from '../schemas/editorial.ts';
import type { Unit, Plan } from './model.ts';
import type { SearchData } from './search-core.ts';
import { guideSearchDocs, planSearchDocs, type GuideLabels, type GuidePages } from './search-docs.ts';
import { siteWords, typingData, type TypingSources } from './search-typing.ts';

/** The published plan and glossary as search needs them. */
export interface SearchSource<U extends Unit> extends GuidePages {
  plan: Plan<U>;
  glossary: readonly PublishedTerm[];
}

/** The names search shows as a result's place. */
export interface SearchLabels extends GuideLabels {
  glossary: string;
}

export function searchData<U extends Unit>(
  source: SearchSource<U>,
  labels: SearchLabels,
  typing: Omit<TypingSources, 'words' | 'text'>,
): SearchData {
  const docs = [...planSearchDocs(source.plan, source.glossary, labels.glossary), ...guideSearchDocs(source, labels)];
  const lexicon = source.glossary.map(({ slug, term, aliases, kinds, searchWords, notIn, related }) => ({
    slug,
    term,
    aliases,
    kinds,
    notIn,
    words: searchWords.map((w) => w.word),
    near: related,
  }));
  const leads = source.guide.flatMap((g) =>
    g.searchWords.map((w) => ({ word: w.word, doc: `guide:${g.slug}`, see: w.see })),
  );
  const text = docs.flatMap((d) => d.blocks.map((b) => b.text)).join('\n');
  return {
    lexicon,
    leads,
    typing: typingData({ ...typing, words: siteWords({ lexicon, leads, docs }), text }),
    docs,
  };
}
