/**
 * Where each file of the content lives under content/, and the files as the
 * loader hands them on. The loader reads these files, the checks explain what
 * is wrong with them, and the importer writes them, all from this one table.
 */
import type { UnitKind } from '../schemas/unit-source.ts';

/** A file of the content as text. */
export interface ContentFile {
  /** The path as the author sees it, relative to the project: `content/plan/tasks/09.mdx`. */
  path: string;
  text: string;
}

/** A unit file, with the kind its place in content/ gives it. */
export interface UnitFile extends ContentFile {
  kind: UnitKind;
}

/** Every file the plan is built from, as the loader read them. */
export interface ContentFiles {
  /** The content directory as the author sees it, `content`. */
  dir: string;
  /** The capture of the district's web page. */
  source: ContentFile;
  corrections: ContentFile;
  document: ContentFile;
  units: UnitFile[];
  /** content/targets.yaml */
  targets: ContentFile;
  /** content/relations.yaml */
  relations: ContentFile;
  /** content/institutions.yaml */
  institutions: ContentFile;
  /** content/milestones.yaml */
  milestones: ContentFile;
  /** content/pathways.yaml */
  pathways: ContentFile;
  /** content/changelog.yaml */
  changelog: ContentFile;
  /** content/sources.yaml */
  sources: ContentFile;
  /** content/follow-ups.yaml */
  followUps: ContentFile;
  /** content/hedges.yaml */
  hedges: ContentFile;
  /** content/glossary/*.mdx, sorted by name. */
  glossary: ContentFile[];
  /** content/summaries/*.mdx, sorted by name. */
  summaries: ContentFile[];
  /** content/faq/*.mdx, sorted by name (the order of the page). */
  faq: ContentFile[];
  /** content/guide/*.mdx, sorted by name (the order of the page). */
  guide: ContentFile[];
}

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
