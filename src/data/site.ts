/**
 * The plan model as pages see it: loaded once from the content collections,
 * checked against the capture, with navigation derived from it.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import raw from '../../content/source/qijiao-2023-17.raw.txt?raw';
import { UNIT_COLLECTIONS, type UnitCollectionName } from '../lib/collections.ts';
import { bodyParagraphs, ContentError } from '../lib/content-check.ts';
import { checkPlan, expectedFromSource, planFromSources, type Expected } from '../lib/fidelity.ts';
import { unitKey, type Plan, type UnitSource } from '../lib/model.ts';
import { buildToc, type NavNode } from '../lib/nav.ts';
import type { DocumentMeta } from '../schemas/document.ts';

export interface Site {
  plan: Plan;
  expected: Expected;
  document: DocumentMeta;
  toc: NavNode[];
  /** The content entry of each unit, by unit key, for rendering its MDX body. */
  entries: Map<string, CollectionEntry<UnitCollectionName>>;
}

async function load(): Promise<Site> {
  const corrections = (await getCollection('corrections')).map((e) => e.data);
  const expected = expectedFromSource(raw, corrections);
  const sources: UnitSource[] = [];
  const entries = new Map<string, CollectionEntry<UnitCollectionName>>();
  for (const name of Object.keys(UNIT_COLLECTIONS) as UnitCollectionName[]) {
    for (const e of await getCollection(name)) {
      const file = e.filePath ?? `${name}/${e.id}`;
      const { paragraphs, problems } = bodyParagraphs(e.body ?? '', file);
      if (problems.length) throw new ContentError(problems);
      const kind = UNIT_COLLECTIONS[name].kind;
      const data = e.data as Record<string, unknown>;
      sources.push({ kind, data, paragraphs, file });
      entries.set(unitKey(kind, data), e);
    }
  }
  const plan = planFromSources(sources);
  const mismatch = checkPlan(plan, expected);
  if (mismatch) throw new Error(`The official text differs from the capture after corrections:\n${mismatch}`);
  const [doc] = await getCollection('document');
  if (!doc) throw new Error('content/document.yaml is missing');
  return { plan, expected, document: doc.data, toc: buildToc(plan), entries };
}

let cached: Promise<Site> | undefined;
export const getSite = (): Promise<Site> => (cached ??= load());
