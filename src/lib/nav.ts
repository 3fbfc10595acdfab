/**
 * Navigation as data, derived from the plan model: the table of contents,
 * breadcrumbs and previous/next links. Components only render it.
 */
import type { Plan, Unit } from './model.ts';

export interface NavNode {
  key: string;
  /** Short label for lists: the unit's number and title. */
  label: string;
  /** The number as a reader scans for it (一、 （一） 1), kept apart for typesetting. */
  marker?: string;
  path: string;
  children: NavNode[];
}

/** The label's number part; tasks have no printed mark after their number, so none is added. */
export function markerOf(u: Unit): string | undefined {
  if (u.number === undefined) return undefined;
  return u.heading.slice(0, u.heading.length - u.title.length);
}

/** A short label for navigation: the notice and title page get names of our own. */
export function labelOf(u: Unit): string {
  if (u.kind === 'notice') return '印发通知';
  if (u.kind === 'front') return '方案标题与前言';
  return u.title;
}

export function buildToc(plan: Plan): NavNode[] {
  const node = (u: Unit): NavNode => ({
    key: u.key,
    label: labelOf(u),
    marker: markerOf(u),
    path: u.path,
    children: plan.units.filter((c) => c.parent === u.key).map(node),
  });
  return plan.units.filter((u) => !u.parent).map(node);
}

/** The chain of units from the top down to `key`, the unit itself last. */
export function breadcrumbs(plan: Plan, key: string): Unit[] {
  const chain: Unit[] = [];
  for (let u = plan.byKey.get(key); u; u = u.parent ? plan.byKey.get(u.parent) : undefined) chain.unshift(u);
  return chain;
}

/** Neighbours in reading order, the order of the printed document. */
export function prevNext(plan: Plan, key: string): { prev?: Unit; next?: Unit } {
  const i = plan.units.findIndex((u) => u.key === key);
  if (i < 0) throw new Error(`no unit ${key}`);
  return { prev: plan.units[i - 1], next: plan.units[i + 1] };
}

/** The same tree with every link sent elsewhere, e.g. to a heading on the full-text page. */
export function retarget(nodes: NavNode[], to: (n: NavNode) => string): NavNode[] {
  return nodes.map((n) => ({ ...n, path: to(n), children: retarget(n.children, to) }));
}

/** Numbers like 1 need a gap after them; 一、 and （一） carry their own. */
export const markerNeedsGap = (marker: string | undefined) => marker !== undefined && /\d$/.test(marker);
