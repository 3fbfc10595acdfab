/**
 * The plan's targets and the ties between its places, checked against the
 * plan's own words: a target's quote must stand in its block, a relation's
 * `via` words at both of its ends. Pure; the loader hands in the parsed
 * files and the plan, and gets back what pages show or every problem, each
 * naming the file, the line and the fix.
 */
import type { Mark } from '../schemas/block.ts';
import type { Relation, RelationKind } from '../schemas/relation.ts';
import type { Target } from '../schemas/target.ts';
import type { ContentProblem } from './content-problem.ts';
import type { Plan, Unit } from './model.ts';
import { occurrences } from './terms.ts';
import { citeLabel, findRef, resolveRef } from './refs.ts';
import { blockPath, targetPath, unitPath } from './url.ts';
import { ui } from '../ui/strings.ts';

/** A parsed list item and the line it starts on. */
export interface Lined<T> {
  item: T;
  line: number;
  /** The line each of its top-level fields stands on, where the YAML gave them. */
  fields?: Readonly<Record<string, number>>;
}

/** The line a field of a list item stands on, or the item's own line. */
export const lineOf = (lined: Lined<unknown>, field: string): number => lined.fields?.[field] ?? lined.line;

/** Checks each target against its block; returns the anchor marks the targets put on blocks. */
export function checkTargets(
  file: string,
  targets: ReadonlyArray<Lined<Target>>,
  plan: Plan,
): { marks: Map<string, Mark[]>; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const marks = new Map<string, Mark[]>();
  const ids = new Set<string>();
  for (const { item: t, line } of targets) {
    const say = (field: string, message: string) => problems.push({ file, line, field, message });
    if (ids.has(t.id)) say('id', `target "${t.id}" is listed twice; each target needs its own id`);
    ids.add(t.id);
    const block = findRef(plan, t.block)?.block;
    if (!block) {
      say(
        'block',
        `the plan has no block "${t.block}"; targets quote a block such as section-3.p1 (plan.json lists them)`,
      );
      continue;
    }
    const at = occurrences(block.text, t.quote);
    if (at.length !== 1) {
      say(
        'quote',
        at.length
          ? `"${t.quote}" stands ${at.length} times in ${t.block}; quote more words so it names one place`
          : `"${t.quote}" is not in ${t.block}; copy the words exactly as the plan prints them`,
      );
      continue;
    }
    if (t.hedge && !block.text.includes(t.hedge))
      say('hedge', `"${t.hedge}" is not in ${t.block}; quote the plan's own hedge exactly`);
    const start = at[0]!;
    const mark: Mark = { kind: 'target', start, end: start + t.quote.length, id: t.id };
    const same = marks.get(t.block) ?? [];
    const clash = same.find((m) => m.start < mark.end && mark.start < m.end);
    if (clash && clash.kind === 'target')
      say('quote', `"${t.quote}" overlaps the quote of target "${clash.id}"; targets' quotes may not overlap`);
    else marks.set(t.block, [...same, mark]);
  }
  return { marks, problems };
}

/** One end of a relation, resolved. */
export interface Endpoint {
  /** As the relation names it: `task-09`, `section-3.p6`, `target:shuangshi`. */
  id: string;
  /** The unit whose page shows the relation. */
  unit: string;
  /** The block it names, if it names one (a target names its block). */
  block?: string;
  /** The target it names, if any. */
  target?: string;
  /** The words `via` must be found in. */
  text: string;
}

export function resolveEndpoint(id: string, plan: Plan, targets: readonly Target[]): Endpoint | undefined {
  if (id.startsWith('target:')) {
    const t = targets.find((x) => x.id === id.slice('target:'.length));
    const block = t && findRef(plan, t.block)?.block;
    return t && block ? { id, unit: block.unit, block: block.id, target: t.id, text: t.quote } : undefined;
  }
  if (id.includes('.')) {
    const block = findRef(plan, id)?.block;
    return block && { id, unit: block.unit, block: block.id, text: block.text };
  }
  const unit: Unit | undefined = plan.byKey.get(id);
  return unit && { id, unit: unit.key, text: unit.blocks.map((b) => b.text).join('\n') };
}

/** A relation with both ends resolved. */
export interface ResolvedRelation {
  kind: RelationKind;
  via: string;
  reason: string;
  from: Endpoint;
  to: Endpoint;
}

const ENDPOINT_HINT =
  'ends are a unit key (task-09, measure-1, section-3), a block id (section-3.p6, as plan.json lists them) or a target (target:shuangshi, from content/targets.yaml)';

/** Resolves every relation and checks its words; problems name the line of the relation. */
export function checkRelations(
  file: string,
  relations: ReadonlyArray<Lined<Relation>>,
  plan: Plan,
  targets: readonly Target[],
): { relations: ResolvedRelation[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const resolved: ResolvedRelation[] = [];
  const seen = new Set<string>();
  for (const { item: r, line } of relations) {
    const say = (field: string, message: string) => problems.push({ file, line, field, message });
    const from = resolveEndpoint(r.from, plan, targets);
    const to = resolveEndpoint(r.to, plan, targets);
    if (!from) say('from', `the plan has no "${r.from}"; ${ENDPOINT_HINT}`);
    if (!to) say('to', `the plan has no "${r.to}"; ${ENDPOINT_HINT}`);
    if (!from || !to) continue;
    if (from.unit === to.unit && !from.target && !to.target)
      say('to', `both ends are in ${from.unit}; a relation ties two different places`);
    const key = [r.from, r.to].sort().join(' ');
    if (seen.has(key)) say('to', `${r.from} and ${r.to} are tied twice; keep one relation`);
    seen.add(key);
    for (const end of [from, to])
      if (!end.text.includes(r.via))
        say('via', `"${r.via}" is not in ${end.id}; via names words of the plan found at both ends`);
    if (r.kind === 'serves' && !/^task-/.test(r.from))
      say('from', `a task serves a target, goal or principle: "from" must be a task`);
    if (r.kind === 'supports' && !(/^measure-/.test(r.from) && /^task-/.test(r.to)))
      say('from', `a measure supports a task: "from" must be a measure and "to" a task`);
    resolved.push({ kind: r.kind, via: r.via, reason: r.reason, from, to });
  }
  return { relations: resolved, problems };
}

/** What listing needs of a relation: its two ends' units. */
interface Tie {
  from: EndpointRef & { id: string };
  to: EndpointRef & { id: string };
}

/** One line of a unit's 相关内容: the relation seen from that unit. */
export interface RelationView<R extends Tie> {
  relation: R;
  /** Whether the unit is the relation's `from` end. */
  outgoing: boolean;
  /** The end on this page. */
  here: R['from'];
  /** The other end. */
  there: R['from'];
}

/** Every relation that touches a unit, outgoing first, each once. */
export function relationsOf<R extends Tie>(unitKey: string, relations: readonly R[]): Array<RelationView<R>> {
  const out = relations
    .filter((r) => r.from.unit === unitKey)
    .map((r) => ({ relation: r, outgoing: true, here: r.from, there: r.to }));
  const inc = relations
    .filter((r) => r.to.unit === unitKey && r.from.unit !== unitKey)
    .map((r) => ({ relation: r, outgoing: false, here: r.to, there: r.from }));
  return [...out, ...inc];
}

/** What pages need of an end: the unit, and the block or target it names. */
export type EndpointRef = Pick<Endpoint, 'unit' | 'block' | 'target'>;

/** Where an end is and how a reader names it: 重点任务第9项：加强高水平职教师资队伍建设, 总体要求（三）第2段. */
export function endpointPlace<U extends Unit>(
  plan: Plan<U>,
  targets: readonly Target[],
  e: EndpointRef,
): { path: string; label: string } {
  const unit = plan.byKey.get(e.unit);
  if (!unit) throw new Error(`a relation names ${e.unit}, which the plan does not have`);
  const target = e.target ? targets.find((t) => t.id === e.target) : undefined;
  if (target) return { path: targetPath(unit, target.id), label: ui.targetLabel(target.label) };
  if (e.block) {
    const { block } = resolveRef(plan, e.block);
    return { path: blockPath(unit, block), label: citeLabel(plan, unit, block) };
  }
  const heading = unit.blocks[0];
  const where = heading ? citeLabel(plan, unit, heading) : unit.title;
  return { path: unitPath(unit), label: where.endsWith(unit.title) ? where : `${where}：${unit.title}` };
}
