/**
 * Where each kind of content lives and which schema checks it. Astro's
 * content config and the project's own content checker both read this table,
 * so a file the site builds from is always a file the checker has seen.
 */
import { matchesGlob, sep } from 'node:path';
import type { z } from 'astro/zod';
import { frontSchema } from '../schemas/front.ts';
import { groupSchema } from '../schemas/group.ts';
import { measureSchema } from '../schemas/measure.ts';
import { noticeSchema } from '../schemas/notice.ts';
import { partSchema } from '../schemas/part.ts';
import { sectionSchema } from '../schemas/section.ts';
import { taskSchema } from '../schemas/task.ts';
import type { UnitKind } from './model.ts';

export interface UnitCollection {
  kind: UnitKind;
  /** Glob pattern relative to the content directory. */
  pattern: string;
  schema: z.ZodType;
  /** How many files there must be: exactly one, or numbered 1…N without gaps. */
  count: 'one' | 'numbered';
}

export const UNIT_COLLECTIONS = {
  notice: { kind: 'notice', pattern: 'notice.mdx', schema: noticeSchema, count: 'one' },
  front: { kind: 'front', pattern: 'plan/front.mdx', schema: frontSchema, count: 'one' },
  parts: { kind: 'part', pattern: 'plan/parts/*.mdx', schema: partSchema, count: 'numbered' },
  sections: { kind: 'section', pattern: 'plan/sections/*.mdx', schema: sectionSchema, count: 'numbered' },
  groups: { kind: 'group', pattern: 'plan/groups/*.mdx', schema: groupSchema, count: 'numbered' },
  tasks: { kind: 'task', pattern: 'plan/tasks/*.mdx', schema: taskSchema, count: 'numbered' },
  measures: { kind: 'measure', pattern: 'plan/measures/*.mdx', schema: measureSchema, count: 'numbered' },
} as const satisfies Record<string, UnitCollection>;

export type UnitCollectionName = keyof typeof UNIT_COLLECTIONS;

/** The unit collection a content file belongs to, by its path relative to the content directory. */
export function unitCollectionOf(relativePath: string): UnitCollection | undefined {
  const path = relativePath.split(sep).join('/');
  return (Object.values(UNIT_COLLECTIONS) as UnitCollection[]).find((c) => matchesGlob(path, c.pattern));
}

/** Data files, relative to the content directory. */
export const SOURCE_FILE = 'source/qijiao-2023-17.raw.txt';
export const CORRECTIONS_FILE = 'corrections.yaml';
export const DOCUMENT_FILE = 'document.yaml';
