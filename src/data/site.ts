/**
 * The plan model as pages see it: loaded once from the content collections,
 * checked against the capture, with navigation derived from it.
 */
import { getCollection } from 'astro:content';
import raw from '../../content/source/qijiao-2023-17.raw.txt?raw';
import { UNIT_COLLECTIONS, type UnitCollectionName } from '../lib/collections.ts';
import { bodyParagraphs, ContentError } from '../lib/content-check.ts';
import { checkPlan, expectedFromSource, planFromSources, type Expected } from '../lib/fidelity.ts';
import type { Plan, UnitSource } from '../lib/model.ts';
import { buildToc, type NavNode } from '../lib/nav.ts';
import type { DocumentMeta } from '../schemas/document.ts';

export interface Site {
  plan: Plan;
  expected: Expected;
  document: DocumentMeta;
  toc: NavNode[];
}

async function load(): Promise<Site> {
  const corrections = (await getCollection('corrections')).map((e) => e.data);
  const expected = expectedFromSource(raw, corrections);
  const sources: UnitSource[] = [];
  for (const name of Object.keys(UNIT_COLLECTIONS) as UnitCollectionName[]) {
    for (const e of await getCollection(name)) {
      const file = e.filePath ?? `${name}/${e.id}`;
      const { paragraphs, problems } = bodyParagraphs(e.body ?? '', file);
      if (problems.length) throw new ContentError(problems);
      sources.push({ kind: UNIT_COLLECTIONS[name].kind, data: e.data as Record<string, unknown>, paragraphs, file });
    }
  }
  const plan = planFromSources(sources);
  const mismatch = checkPlan(plan, expected);
  if (mismatch) throw new Error(`The official text differs from the capture after corrections:\n${mismatch}`);
  const [doc] = await getCollection('document');
  if (!doc) throw new Error('content/document.yaml is missing');
  return { plan, expected, document: doc.data, toc: buildToc(plan) };
}

let cached: Promise<Site> | undefined;
export const getSite = (): Promise<Site> => (cached ??= load());
