/**
 * Reads and checks the content directory without Astro, so that authoring
 * mistakes are explained before the build starts (and tests can check bad
 * fixtures in milliseconds). Every message names the file, the line and what
 * to do about it.
 */
import { globSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { z } from 'astro/zod';
import { UNIT_COLLECTIONS, type UnitCollection } from './collections.ts';
import type { UnitSource } from './model.ts';

export interface ContentProblem {
  /** Path relative to the project, as the author sees it. */
  file: string;
  line?: number;
  /** The frontmatter field concerned, if any. */
  field?: string;
  message: string;
}

export const formatProblem = (p: ContentProblem) =>
  `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? ` [${p.field}]` : ''} ${p.message}`;

export class ContentError extends Error {
  readonly problems: ContentProblem[];
  constructor(problems: ContentProblem[]) {
    super(
      `The content has ${problems.length} problem${problems.length > 1 ? 's' : ''}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Markdown and MDX syntax that would change official text if it appeared in it. */
const SYNTAX = /[{}<>*_`[\]\\~|]|^(?:#|[-+]\s|\d+[.)]\s)/;

/**
 * Splits an MDX body into its official paragraphs: one line each, separated
 * by blank lines, plain text only.
 */
export function bodyParagraphs(
  body: string,
  file = '',
  firstLine = 1,
): { paragraphs: string[]; problems: ContentProblem[] } {
  const paragraphs: string[] = [];
  const problems: ContentProblem[] = [];
  const lines = body.split(/\r?\n/);
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    const line = firstLine + run[0]!;
    if (run.length > 1) {
      problems.push({
        file,
        line,
        message: `this paragraph spans ${run.length} lines; write each official paragraph on one line (a line break would become part of the text)`,
      });
    }
    const text = run.map((i) => lines[i]).join('');
    if (text !== text.trim()) {
      problems.push({ file, line, message: 'remove the space at the start or end of this paragraph' });
    }
    const bad = SYNTAX.exec(text);
    if (bad) {
      problems.push({
        file,
        line,
        message: `"${bad[0]}" is Markdown/MDX syntax and would not print as written; official paragraphs are plain text`,
      });
    }
    paragraphs.push(text.trim());
    run = [];
  };
  lines.forEach((l, i) => (l.trim() === '' ? flush() : run.push(i)));
  flush();
  return { paragraphs, problems };
}

/** Splits a content file into its frontmatter text and body, with line numbers. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  const bodyLine = m[0].split('\n').length;
  return { yaml: m[1]!, body: text.slice(m[0].length), bodyLine: m[0].endsWith('\n') ? bodyLine : bodyLine + 1 };
}

function describeIssue(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  const field = String(issue.path[0] ?? '');
  if (issue.code === 'invalid_type' && data[field] === undefined) {
    return `is missing: add "${field}:" to the frontmatter (${issue.message})`;
  }
  if (issue.code === 'unrecognized_keys') {
    return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling, or add the field to the schema in src/schemas/`;
  }
  const got = data[field];
  const shown =
    got === undefined ? '' : ` (found ${JSON.stringify(got)}, a ${Array.isArray(got) ? 'list' : typeof got})`;
  return `${issue.message}${shown}`;
}

/** Reads one content file and validates its frontmatter against its schema. */
export function readUnitFile(
  path: string,
  display: string,
  collection: UnitCollection,
): { source?: UnitSource; problems: ContentProblem[] } {
  const text = readFileSync(path, 'utf8');
  const parts = splitFrontmatter(text);
  if (!parts) {
    return {
      problems: [
        {
          file: display,
          line: 1,
          message: 'has no frontmatter: start the file with a "---" line, the fields, and another "---" line',
        },
      ],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter: counter, prettyErrors: false });
  const problems: ContentProblem[] = [];
  for (const e of doc.errors) {
    problems.push({
      file: display,
      line: 1 + counter.linePos(e.pos[0]).line,
      message: `frontmatter is not valid YAML: ${e.message.split('\n')[0]}`,
    });
  }
  if (problems.length) return { problems };
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const lineOf = (field: string): number => {
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (isScalar(pair.key) && pair.key.value === field && pair.key.range) {
          return 1 + counter.linePos(pair.key.range[0]).line;
        }
      }
    }
    return 1;
  };
  const result = collection.schema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.length ? issue.path.join('.') : undefined;
      problems.push({
        file: display,
        line: lineOf(String(issue.path[0] ?? '')),
        field,
        message: describeIssue(issue, data),
      });
    }
  }
  const body = bodyParagraphs(parts.body, display, parts.bodyLine);
  problems.push(...body.problems);
  if (problems.length) return { problems };
  return {
    source: {
      kind: collection.kind,
      data: result.data as Record<string, unknown>,
      paragraphs: body.paragraphs,
      file: display,
    },
    problems,
  };
}

/** Checks that numbered files count 1…N with no gap and no duplicate. */
export function checkNumbering(sources: UnitSource[], label: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<number, UnitSource>();
  for (const s of sources) {
    const n = s.data.number as number;
    const other = seen.get(n);
    if (other) {
      problems.push({
        file: s.file ?? '',
        field: 'number',
        message: `duplicate ${label} number ${n}: ${other.file} has it too; each ${label} needs its own number`,
      });
    } else seen.set(n, s);
  }
  const max = Math.max(0, ...seen.keys());
  for (let n = 1; n <= max; n++) {
    if (!seen.has(n)) {
      const next = [...seen.entries()].filter(([k]) => k > n).sort((a, b) => a[0] - b[0])[0];
      problems.push({
        file: next?.[1].file ?? '',
        field: 'number',
        message: `${label} numbers jump to ${next?.[0]}: there is no ${label} ${n}; number the ${label}s 1 to ${max} without gaps`,
      });
    }
  }
  return problems;
}

export interface ContentRead {
  sources: UnitSource[];
  problems: ContentProblem[];
}

/**
 * Reads every unit file under `contentDir`. `projectDir` only shapes the
 * file names in messages.
 */
export function readContent(contentDir: string, projectDir = process.cwd()): ContentRead {
  const sources: UnitSource[] = [];
  const problems: ContentProblem[] = [];
  const groups = new Set<number>();
  const tasks: UnitSource[] = [];
  for (const c of Object.values(UNIT_COLLECTIONS) as UnitCollection[]) {
    const files = globSync(c.pattern, { cwd: contentDir }).sort();
    const read: UnitSource[] = [];
    for (const f of files) {
      const path = join(contentDir, f);
      const r = readUnitFile(path, relative(projectDir, path), c);
      problems.push(...r.problems);
      if (!r.source) continue;
      read.push(r.source);
      const named = /^(\d+)\.mdx$/.exec(basename(f));
      if (c.count === 'numbered' && named && Number(named[1]) !== r.source.data.number) {
        problems.push({
          file: r.source.file ?? '',
          field: 'number',
          message: `the file is named ${named[1]} but its number is ${r.source.data.number}; rename the file or fix the number`,
        });
      }
    }
    if (c.count === 'one' && files.length !== 1) {
      problems.push({
        file: relative(projectDir, join(contentDir, c.pattern)),
        message: `must exist exactly once (found ${files.length})`,
      });
    }
    if (c.count === 'numbered') {
      if (!files.length)
        problems.push({ file: relative(projectDir, join(contentDir, c.pattern)), message: `no ${c.kind} files found` });
      problems.push(...checkNumbering(read, c.kind));
    }
    if (c.kind === 'group') read.forEach((s) => groups.add(s.data.number as number));
    if (c.kind === 'task') tasks.push(...read);
    sources.push(...read);
  }
  for (const t of tasks) {
    if (!groups.has(t.data.group as number)) {
      problems.push({
        file: t.file ?? '',
        field: 'group',
        message: `names group ${t.data.group}, but there is no such group in content/plan/groups/`,
      });
    }
  }
  return { sources, problems };
}
