/**
 * The documents outside the plan's text that the site relies on
 * (content/sources.yaml): checked as a list, looked up by id, and judged by
 * kind. Only the issuer's own site or an official repost may say that
 * something happened; the site links only those, and a default build names
 * no host that is not listed here. Pure.
 */
import { uniqueKeys, type ContentProblem } from './content-problem.ts';
import { lineOf, type Lined } from './relations.ts';
import type { DocumentMeta } from '../schemas/document.ts';
import type { Source, SourceKind } from '../schemas/source.ts';

/** The kinds of copy that may say something happened, and that pages link. */
export const OFFICIAL_KINDS: readonly SourceKind[] = ['issuer', 'official-repost'];

/** Whether a source is official enough to say that something happened. */
export const isOfficial = (s: Pick<Source, 'kind'>): boolean => OFFICIAL_KINDS.includes(s.kind);

/** The source that publishes the plan itself (`officialText: true`); the list is checked to hold exactly one. */
export function officialTextSource(sources: readonly Source[]): Source {
  const found = sources.find((s) => s.officialText);
  if (!found) throw new Error('content/sources.yaml: no source has officialText: true; mark the plan’s own page');
  return found;
}

/** The hosts of every address the sources give, which alone a default build may name. */
export const sourceHosts = (sources: readonly Source[]): string[] => [
  ...new Set(sources.map((s) => new URL(s.url).host)),
];

/** The addresses the pages link (official copies only); others are printed as text. */
export const linkedSourceUrls = (sources: readonly Source[]): string[] => sources.filter(isOfficial).map((s) => s.url);

/** The sources, checked: ids once each, exactly one official text page, on an official site, with its metadata. */
export function checkSources(
  file: string,
  items: ReadonlyArray<Lined<Source>>,
  document?: { meta: DocumentMeta; file: string },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const taken = uniqueKeys('id', 'needs its own');
  for (const lined of items) {
    const { item: s, line } = lined;
    const say = (field: string, message: string) =>
      problems.push({ file, line: lineOf(lined, field.split('.')[0]!), field, message });
    const twice = taken(s.id, `the source on line ${line}`);
    if (twice) say('id', twice);
    if (s.officialText && !isOfficial(s))
      say('kind', `the page of the official text must be the issuer's own or an official repost, not ${s.kind}`);
    if (s.officialText && !s.fields)
      say('fields', `give the metadata table (索引号, 发文字号 …) as the page "${s.id}" shows it`);
    if (!s.officialText && s.fields)
      say('fields', 'only the page of the official text (officialText: true) has fields');
    if (s.officialText && s.fields && document)
      for (const [field, value] of Object.entries(s.fields) as Array<[keyof DocumentMeta, string]>)
        if (document.meta[field] !== value)
          say(
            `fields.${field}`,
            `the page read says "${value}" but ${document.file} says "${document.meta[field]}"; one of them is misread`,
          );
  }
  const official = items.filter((i) => i.item.officialText);
  if (official.length !== 1)
    problems.push({
      file,
      line: official[1]?.line ?? 1,
      field: 'officialText',
      message: `exactly one source is the page of the official text (officialText: true); found ${official.length}`,
    });
  return problems;
}

/** What a citation of a source needs of it. */
export interface SourceUse {
  /** The id cited. */
  source: string;
  /** The exact words relied on, which the source must list among its `words`. */
  words?: string;
  /** Whether the citation says something happened, which only an official copy may. */
  fact: boolean;
}

/** Problems of one citation of a source, in the author's words, or [] when it holds. */
export function sourceUseProblems(use: SourceUse, byId: ReadonlyMap<string, Source>, sourcesFile: string): string[] {
  const s = byId.get(use.source);
  if (!s)
    return [
      `cites the source "${use.source}", which ${sourcesFile} does not list; add it there (its address, kind, and the words relied on) or cite one of: ${[...byId.keys()].join(', ')}`,
    ];
  const problems: string[] = [];
  if (use.fact && !isOfficial(s))
    problems.push(
      `cites "${s.id}" for something that happened, but it is ${s.kind === 'media' ? 'a media report' : 'an unofficial repost'}; only the issuer's own site or an official repost may say so`,
    );
  if (use.words !== undefined && !s.words.some((w) => w.includes(use.words!)))
    problems.push(
      `quotes “${use.words}”, which is not among the words ${sourcesFile} records for "${s.id}"; copy them there from the page, exactly`,
    );
  return problems;
}
