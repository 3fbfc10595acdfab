/**
 * Every MDX file of the content (units, glossary, summaries, 常见问题, the
 * guide) starts with YAML frontmatter. Reading it keeps the line of each
 * field, so a schema's complaint can point the author at the line to fix and
 * say the fix in their words, not zod's.
 */
import { LineCounter, parseDocument, isMap, isScalar } from 'yaml';
import type { z } from 'astro/zod';
import type { ContentFile } from './content-files.ts';
import type { ContentProblem } from './content-problem.ts';

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
