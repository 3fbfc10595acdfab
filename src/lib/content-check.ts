/**
 * Checks the content files as text, so that authoring mistakes are explained
 * in the author's words before any page is built (and tests can check bad
 * fixtures in milliseconds). Every message names the file, the line and what
 * to do about it. Reading the files is the loader's job (src/loaders/plan.ts).
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq } from 'yaml';
import { z } from 'astro/zod';
import { correctionSchema, type Correction } from '../schemas/correction.ts';
import { documentSchema, type DocumentMeta } from '../schemas/document.ts';
import { UNIT_KINDS, unitSourceSchema, type UnitKind } from '../schemas/unit-source.ts';
import { UNIT_FILES } from './content-files.ts';
import { numberOf, type UnitSource } from './model.ts';

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describeIssue(issue: z.core.$ZodIssue, field: string, data: Record<string, unknown>): string {
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

/** A content file's frontmatter as data, with the line of each field, and its body. */
export interface Frontmatter {
  data: Record<string, unknown>;
  /** The line a top-level field stands on (1 if absent). */
  lineOf: (field: string) => number;
  body: string;
  /** The line the body starts on. */
  bodyLine: number;
}

/** Splits a content file and parses its frontmatter, or says what is wrong with it. */
export function readFrontmatter(file: ContentFile): { frontmatter?: Frontmatter; problems: ContentProblem[] } {
  const parts = splitFrontmatter(file.text);
  if (!parts) {
    return {
      problems: [
        {
          file: file.path,
          line: 1,
          message: 'has no frontmatter: start the file with a "---" line, the fields, and another "---" line',
        },
      ],
    };
  }
  const counter = new LineCounter();
  const doc = parseDocument(parts.yaml, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => ({
        file: file.path,
        line: 1 + counter.linePos(e.pos[0]).line,
        message: `frontmatter is not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const js: unknown = doc.toJS();
  const lineOf = (field: string): number => {
    if (isMap(doc.contents)) {
      for (const pair of doc.contents.items) {
        if (isScalar(pair.key) && pair.key.value === field && pair.key.range) {
          // LineCounter counts from 1 within the YAML; the file has the opening "---" above it.
          return 1 + counter.linePos(pair.key.range[0]).line;
        }
      }
    }
    return 1;
  };
  return {
    frontmatter: { data: isRecord(js) ? js : {}, lineOf, body: parts.body, bodyLine: parts.bodyLine },
    problems: [],
  };
}

/**
 * Validates frontmatter against a schema; every problem names the file, the
 * field's line and the fix. `path` drops leading segments of the schema's
 * paths that authors do not write (the unit schema wraps the data in `data`).
 */
export function frontmatterProblems(
  file: ContentFile,
  fm: Frontmatter,
  issues: readonly z.core.$ZodIssue[],
  skip = 0,
): ContentProblem[] {
  return issues.map((issue) => {
    const path = issue.path.slice(skip);
    const field = String(path[0] ?? '');
    // An unknown field is best shown where it stands.
    const at = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? field) : field;
    return {
      file: file.path,
      line: fm.lineOf(at),
      field: path.length ? path.join('.') : undefined,
      message: describeIssue(issue, field, fm.data),
    };
  });
}

/** Parses one unit file and validates its frontmatter against its kind's schema. */
export function parseUnitFile(file: UnitFile): { source?: UnitSource; problems: ContentProblem[] } {
  const { frontmatter: fm, problems } = readFrontmatter(file);
  if (!fm) return { problems };
  const result = unitSourceSchema.safeParse({ kind: file.kind, data: fm.data });
  // Paths start with "data", the frontmatter; authors know only the field.
  if (!result.success) problems.push(...frontmatterProblems(file, fm, result.error.issues, 1));
  const body = bodyParagraphs(fm.body, file.path, fm.bodyLine);
  problems.push(...body.problems);
  if (!result.success || problems.length) return { problems };
  return { source: { ...result.data, paragraphs: body.paragraphs, file: file.path }, problems };
}

/** Checks that numbered files count 1…N with no gap and no duplicate. */
export function checkNumbering(sources: UnitSource[], label: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<number, UnitSource>();
  for (const s of sources) {
    const n = numberOf(s);
    if (n === undefined) continue;
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

/** Parses every unit file and checks that the files fit together: counts, numbering, groups. */
export function checkUnitFiles(dir: string, files: readonly UnitFile[]): ContentRead {
  const sources: UnitSource[] = [];
  const problems: ContentProblem[] = [];
  for (const kind of UNIT_KINDS) {
    const { pattern, count } = UNIT_FILES[kind];
    const ofKind = files.filter((f) => f.kind === kind);
    const read: UnitSource[] = [];
    for (const f of ofKind) {
      const r = parseUnitFile(f);
      problems.push(...r.problems);
      if (!r.source) continue;
      read.push(r.source);
      const named = /\/(\d+)\.mdx$/.exec(f.path);
      const n = numberOf(r.source);
      if (named && n !== undefined && Number(named[1]) !== n) {
        problems.push({
          file: f.path,
          field: 'number',
          message: `the file is named ${named[1]} but its number is ${n}; rename the file or fix the number`,
        });
      }
    }
    if (count === 'one' && ofKind.length !== 1) {
      problems.push({ file: `${dir}/${pattern}`, message: `must exist exactly once (found ${ofKind.length})` });
    }
    if (count === 'numbered') {
      if (!ofKind.length) problems.push({ file: `${dir}/${pattern}`, message: `no ${kind} files found` });
      problems.push(...checkNumbering(read, kind));
    }
    sources.push(...read);
  }
  const groups = new Set(sources.flatMap((s) => (s.kind === 'group' ? [s.data.number] : [])));
  for (const t of sources) {
    if (t.kind === 'task' && !groups.has(t.data.group)) {
      problems.push({
        file: t.file ?? '',
        field: 'group',
        message: `names group ${t.data.group}, but there is no such group in ${dir}/${UNIT_FILES.group.pattern.replace(/[^/]*$/, '')}`,
      });
    }
  }
  return { sources, problems };
}

/** Parses a YAML data file against its schema, naming the file, the line and the entry on any problem. */
export function parseYamlFile<T>(file: ContentFile, schema: z.ZodType<T>): T {
  const counter = new LineCounter();
  const doc = parseDocument(file.text, { prettyErrors: false, lineCounter: counter });
  /** The line of the deepest node the path reaches (a missing field: the entry that lacks it). */
  const lineOfPath = (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (doc.errors.length) {
    throw new ContentError(
      doc.errors.map((e) => ({ file: file.path, message: `is not valid YAML: ${e.message.split('\n')[0]}` })),
    );
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((i) => ({
        file: file.path,
        line: lineOfPath(i.path),
        field: i.path.join('.'),
        message: i.message,
      })),
    );
  }
  return result.data;
}

/** The corrections list; ids must be unique. */
export function parseCorrections(file: ContentFile): Correction[] {
  const list = parseYamlFile(file, z.array(correctionSchema));
  const seen = new Set<string>();
  for (const c of list) {
    if (seen.has(c.id)) throw new ContentError([{ file: file.path, field: 'id', message: `${c.id} is used twice` }]);
    seen.add(c.id);
  }
  return list;
}

/** The metadata table, as document.yaml holds it. */
export const parseDocumentFile = (file: ContentFile): DocumentMeta =>
  parseYamlFile(file, z.object({ document: documentSchema })).document;

/**
 * Links an author wrote by hand to a page of this site, in Markdown, MDX or
 * HTML. Our prose cites the plan with <Ref to="task-16.p1" />, which checks
 * the block and makes the URL; a hand-written link breaks silently.
 */
export function handWrittenLinks(text: string): Array<{ line: number; link: string }> {
  const found: Array<{ line: number; link: string }> = [];
  const patterns = [
    /\]\(\s*<?([^)\s>]*)/g,
    /\b(?:href|src)\s*=\s*["'{`]*([^"'}`\s>]*)/g,
    /^\s*\[[^\]]+\]:\s*<?(\S+?)>?\s*$/gm,
  ];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const target = m[1] ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      found.push({ line: text.slice(0, m.index).split('\n').length, link: target });
    }
  }
  return found.sort((a, b) => a.line - b.line);
}

/**
 * Parses a YAML file that holds a list, each item against `schema`, keeping
 * the line each item starts on, so later checks can name it. Every problem
 * names the file, the line and the field.
 */
export function parseYamlList<T>(
  file: ContentFile,
  schema: z.ZodType<T>,
): { items: Array<{ item: T; line: number; fields: Record<string, number> }>; problems: ContentProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (pos: number | undefined) => (pos === undefined ? 1 : counter.linePos(pos).line);
  if (doc.errors.length) {
    return {
      items: [],
      problems: doc.errors.map((e) => ({
        file: file.path,
        line: lineAt(e.pos[0]),
        message: `is not valid YAML: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  if (!isSeq(doc.contents))
    return { items: [], problems: [{ file: file.path, line: 1, message: 'must be a list ("- " items)' }] };
  const items: Array<{ item: T; line: number; fields: Record<string, number> }> = [];
  const problems: ContentProblem[] = [];
  for (const node of doc.contents.items) {
    const line = lineAt(isNode(node) ? node.range?.[0] : undefined);
    const fieldLine = (field: string) => {
      if (isMap(node))
        for (const pair of node.items)
          if (isScalar(pair.key) && pair.key.value === field && pair.key.range) return lineAt(pair.key.range[0]);
      return line;
    };
    const result = schema.safeParse(isNode(node) ? node.toJS(doc) : node);
    const fields: Record<string, number> = {};
    if (isMap(node))
      for (const pair of node.items)
        if (isScalar(pair.key) && pair.key.range) fields[String(pair.key.value)] = lineAt(pair.key.range[0]);
    if (result.success) items.push({ item: result.data, line, fields });
    else
      for (const issue of result.error.issues) {
        const field = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue.path[0] ?? '');
        problems.push({ file: file.path, line: fieldLine(field), field: field || undefined, message: issue.message });
      }
  }
  return { items, problems };
}
