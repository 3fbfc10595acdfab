/**
 * Navigation as data, derived from the plan model: the table of contents,
 * breadcrumbs and previous/next links. Components only render it.
 */
import { markerOf, type Plan, type Unit } from './model.ts';
import { unitPath, type RouteName } from './url.ts';
import { ui } from '../ui/strings.ts';

/**
 * The site's main navigation, in order of what a reader comes for: the
 * plan itself first, then our help in reading it, then about this copy. On
 * a phone the list is one row that scrolls sideways, so the order decides
 * what shows without scrolling.
 */
export const MAIN_NAV: ReadonlyArray<{ route: RouteName; label: string }> = [
  { route: 'plan', label: ui.plan },
  { route: 'fullText', label: ui.fullText },
  { route: 'notice', label: ui.notice },
  { route: 'guide', label: ui.guideNav },
  { route: 'faq', label: ui.faq },
  { route: 'targets', label: ui.targetsNav },
  { route: 'institutions', label: ui.institutions },
  { route: 'glossary', label: ui.glossary },
  { route: 'document', label: ui.documentInfo },
  { route: 'corrections', label: ui.corrections },
];

/**
 * How a navigation entry marks the page being read: `page` on its own page,
 * `true` on any page under it (every page of the plan is under 方案), else
 * nothing.
 */
export function navCurrent(entry: string, path: string): 'page' | 'true' | undefined {
  if (entry === path) return 'page';
  if (entry !== '/' && path.startsWith(entry)) return 'true';
  return undefined;
}

export interface NavNode {
  key: string;
  /** Short label for lists: the unit's number and title. */
  label: string;
  /** The number as a reader scans for it (一、 （一） 1), kept apart for typesetting. */
  marker?: string;
  path: string;
  children: NavNode[];
}

/** A short label for navigation: the notice and title page get names of our own. */
export function labelOf(u: Unit): string {
  if (u.kind === 'notice') return ui.notice;
  if (u.kind === 'front') return ui.frontLabel;
  return u.title;
}

export function buildToc(plan: Plan): NavNode[] {
  const node = (u: Unit): NavNode => ({
    key: u.key,
    label: labelOf(u),
    marker: markerOf(u),
    path: unitPath(u),
    children: childrenOf(plan, u.key).map(node),
  });
  return plan.units.filter((u) => !u.parent).map(node);
}

/** The chain of units from the top down to `key`, the unit itself last. */
/** One step of the breadcrumbs after 首页. */
export interface Crumb {
  label: string;
  /** The plan's number, typeset apart. */
  marker?: string | undefined;
  path: string;
}

export function breadcrumbs<U extends Unit>(plan: Plan<U>, key: string): Crumb[] {
  const chain: Crumb[] = [];
  for (let u = plan.byKey.get(key); u; u = u.parent ? plan.byKey.get(u.parent) : undefined)
    chain.unshift({ label: labelOf(u), marker: markerOf(u), path: unitPath(u) });
  return chain;
}

/** Neighbours in reading order, the order of the printed document. */
export function prevNext<U extends Unit>(plan: Plan<U>, key: string): { prev?: U | undefined; next?: U | undefined } {
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

/** The units directly under `key`, in reading order. */
export const childrenOf = <U extends Unit>(plan: Plan<U>, key: string): U[] =>
  plan.units.filter((u) => u.parent === key);

/** The title of a unit's page: its number and title, or our name for the notice and the title page. */
export function pageTitleOf(u: Unit): string {
  const marker = markerOf(u);
  return `${marker ?? ''}${markerNeedsGap(marker) ? ' ' : ''}${labelOf(u)}`;
}
