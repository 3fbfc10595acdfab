/**
 * Citations of the plan from our own prose: `<Ref to="task-16.p1" />` names a
 * block by its id; this resolves it through the model, and names it the way
 * a reader finds it in the printed plan (重点任务第16项, 总体要求（三）第1段).
 * An unknown id is an authoring error that stops the build.
 */
import { markerOf, type Plan, type Unit } from './model.ts';
import { ui } from '../ui/strings.ts';

export class RefError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefError';
  }
}

/** The unit and block an id names (`task-16.p1`), or undefined when the plan has no such block. */
export function findRef<U extends Unit>(
  plan: Plan<U>,
  id: string,
): { unit: U; block: U['blocks'][number] } | undefined {
  const dot = id.indexOf('.');
  if (dot < 0) return undefined;
  const unit = plan.byKey.get(id.slice(0, dot));
  const block = unit?.blocks.find((b) => b.id === id);
  return unit && block ? { unit, block } : undefined;
}

/** The unit and block an id names; throws a RefError that says what ids exist. */
export function resolveRef<U extends Unit>(plan: Plan<U>, id: string): { unit: U; block: U['blocks'][number] } {
  const found = findRef(plan, id);
  if (found) return found;
  const unit = plan.byKey.get(id.split('.')[0]!);
  const hint = unit
    ? `${unit.key} has ${unit.blocks.map((b) => b.id).join(', ')}`
    : 'ids are a unit key and a block name, such as task-16.p1 (task 16, paragraph 1), section-3.h (a heading) or notice.p1; plan.json lists them all';
  throw new RefError(`<Ref to="${id}">: the plan has no block "${id}"; ${hint}`);
}

/** How a reader finds a block in the printed plan: 重点任务第16项, 总体要求（三）第1段. */
export function citeLabel<U extends Unit>(plan: Plan<U>, unit: U, block: U['blocks'][number]): string {
  const paragraphs = unit.blocks.filter((b) => b.role === 'paragraph');
  const nth = paragraphs.indexOf(block);
  const suffix = nth >= 0 && paragraphs.length > 1 ? ui.cite.paragraph(nth + 1) : '';
  const part = unit.parent ? plan.byKey.get(unit.parent) : undefined;
  switch (unit.kind) {
    case 'notice':
      return ui.notice + suffix;
    case 'front':
      return (block.role === 'title' ? ui.cite.title : ui.cite.preamble) + suffix;
    case 'part':
      return unit.heading + suffix;
    case 'task':
      return ui.cite.task(unit.number ?? 0) + suffix;
    default:
      return `${part?.kind === 'part' ? part.title : ''}${markerOf(unit) ?? ''}${suffix}`;
  }
}

/** The kinds of unit a printed reference can name by the plan's own numbering. */
const NUMBERED = new Set(['part', 'section', 'group', 'task', 'measure']);

/**
 * How a printed reference cites a place: the plan's title in 《》, then its
 * numbering from the part down, 《…》二（四）9, with 第N段 when the unit has
 * several paragraphs and one is meant. Undefined for the notice and the
 * title page, which have no numbering.
 */
export function formalCitation<U extends Unit>(
  plan: Plan<U>,
  planTitle: string,
  unit: U,
  block?: U['blocks'][number],
): string | undefined {
  if (!NUMBERED.has(unit.kind)) return undefined;
  const chain: U[] = [];
  for (let u: U | undefined = unit; u; u = u.parent ? plan.byKey.get(u.parent) : undefined) chain.unshift(u);
  const numbering = chain.map((u) => (markerOf(u) ?? '').replace(/、$/, '')).join('');
  const paragraphs = unit.blocks.filter((b) => b.role === 'paragraph');
  const nth = block ? paragraphs.indexOf(block) : -1;
  return `《${planTitle}》${numbering}${nth >= 0 && paragraphs.length > 1 ? ui.cite.paragraph(nth + 1) : ''}`;
}
