/**
 * The plan as pages see it: the one entry the plan loader publishes, with
 * lookups and navigation derived from it. Derived once per loaded entry, so
 * `astro dev` shows a change on the next reload.
 */
import { getEntry } from 'astro:content';
import { assemblePlan, type Plan } from '../lib/model.ts';
import { buildToc, type NavNode } from '../lib/nav.ts';
import { resolveRef } from '../lib/refs.ts';
import type { Correction } from '../schemas/correction.ts';
import type { DocumentMeta } from '../schemas/document.ts';
import { PLAN_ENTRY, type PlanData } from '../schemas/plan-data.ts';
import type { PublishedUnit } from '../schemas/unit.ts';

export interface Site {
  plan: Plan<PublishedUnit>;
  document: DocumentMeta;
  corrections: Correction[];
  /** How many times each correction changed the text, by id. */
  uses: Record<string, number>;
  toc: NavNode[];
  /** 发文机关: the body that signed the notice. */
  issuer: string;
  /** The notice's title, which gov.cn tables call 标题. */
  noticeTitle: string;
  /** The plan's own title, from the title page. */
  planTitle: string;
}

const derived = new WeakMap<PlanData, Site>();

export async function getSite(): Promise<Site> {
  const entry = await getEntry('plan', PLAN_ENTRY);
  if (!entry) throw new Error('the plan loader published nothing: see the build log for the content problem');
  const data = entry.data;
  let site = derived.get(data);
  if (!site) {
    const plan = assemblePlan(data.units);
    site = {
      plan,
      document: data.document,
      corrections: data.corrections,
      uses: data.uses,
      toc: buildToc(plan),
      issuer: resolveRef(plan, 'notice.signatory').block.text,
      noticeTitle: resolveRef(plan, 'notice.title').block.text,
      planTitle: resolveRef(plan, 'front.t1').unit.title,
    };
    derived.set(data, site);
  }
  return site;
}
