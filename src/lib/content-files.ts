/**
 * Where each file of the content lives under content/. The loader reads
 * these files, the content check explains what is wrong with them, and the
 * importer writes them, all from this one table.
 */
import type { UnitKind } from '../schemas/unit-source.ts';

export interface UnitFiles {
  /** Glob pattern relative to the content directory; `*` stands for the number. */
  pattern: string;
  /** How many files there must be: exactly one, or numbered 1…N without gaps. */
  count: 'one' | 'numbered';
  /** Digits in a numbered file's name (tasks/09.mdx). */
  digits?: number;
}

export const UNIT_FILES: Record<UnitKind, UnitFiles> = {
  notice: { pattern: 'notice.mdx', count: 'one' },
  front: { pattern: 'plan/front.mdx', count: 'one' },
  part: { pattern: 'plan/parts/*.mdx', count: 'numbered' },
  section: { pattern: 'plan/sections/*.mdx', count: 'numbered' },
  group: { pattern: 'plan/groups/*.mdx', count: 'numbered', digits: 2 },
  task: { pattern: 'plan/tasks/*.mdx', count: 'numbered', digits: 2 },
  measure: { pattern: 'plan/measures/*.mdx', count: 'numbered' },
};

/** The file of a unit, relative to the content directory: `plan/tasks/09.mdx`. */
export function unitFile(kind: UnitKind, number?: number): string {
  const f = UNIT_FILES[kind];
  if (f.count === 'one') return f.pattern;
  return f.pattern.replace('*', String(number).padStart(f.digits ?? 1, '0'));
}

/** Data files, relative to the content directory. */
export const SOURCE_FILE = 'source/qijiao-2023-17.raw.txt';
export const CORRECTIONS_FILE = 'corrections.yaml';
export const DOCUMENT_FILE = 'document.yaml';
export const TARGETS_FILE = 'targets.yaml';
export const RELATIONS_FILE = 'relations.yaml';
export const INSTITUTIONS_FILE = 'institutions.yaml';
export const MILESTONES_FILE = 'milestones.yaml';
export const PATHWAYS_FILE = 'pathways.yaml';
export const CHANGELOG_FILE = 'changelog.yaml';
/** The documents outside the plan's text the site relies on (src/schemas/source.ts). */
export const SOURCES_FILE = 'sources.yaml';
/** What official pages said afterwards about the targets (src/schemas/follow-up.ts). */
export const FOLLOW_UPS_FILE = 'follow-ups.yaml';
/** The plan's hedges, the words of degree and the sentences excused (src/schemas/hedge.ts). */
export const HEDGES_FILE = 'hedges.yaml';
/** Glossary entries, one MDX file per term, named by slug. */
export const GLOSSARY_PATTERN = 'glossary/*.mdx';
/** Our summaries of the tasks and measures, one MDX file per unit, named by its key (task-09.mdx). */
export const SUMMARY_PATTERN = 'summaries/*.mdx';
/** 常见问题, one MDX file per question, NN-<slug>.mdx, NN its place on the page. */
export const FAQ_PATTERN = 'faq/*.mdx';
/** The parents' guide, one MDX file per section, NN-<slug>.mdx, NN its place on the page. */
export const GUIDE_PATTERN = 'guide/*.mdx';
