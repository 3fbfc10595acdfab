/**
 * A page's meta description, what search engines and chat apps show under
 * its title: a unit's first paragraph, cut after a punctuation mark (never
 * inside a word) when long; a part or group, which has no paragraph, names
 * what it holds. Pure.
 */
import type { Plan, Unit } from './model.ts';
import { childrenOf, labelOf } from './nav.ts';

/** About what search engines show. */
export const DESCRIPTION_MAX = 80;

/** The text cut after its last clause mark within `max` characters, with … when cut; whole when short. */
export function cutAtPunctuation(text: string, max = DESCRIPTION_MAX): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const at = Math.max(...['。', '；', '，', '、', '：'].map((m) => head.lastIndexOf(m)));
  // With no mark to cut at, a whole sentence would be lost: cut at the limit, as before.
  return at > 0 ? `${head.slice(0, at)}…` : `${head}…`;
}

export function unitDescription<U extends Unit>(plan: Plan<U>, unit: U): string {
  const first = unit.blocks.find((b) => b.role === 'paragraph')?.text;
  if (first) return cutAtPunctuation(first);
  const children = childrenOf(plan, unit.key).map((c) => labelOf(c));
  return cutAtPunctuation(children.length ? `${labelOf(unit)}，包括：${children.join('、')}。` : labelOf(unit));
}
