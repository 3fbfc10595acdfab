/**
 * The data files of the content (the corrections list, the metadata,
 * targets, relations, institutions and the rest) are YAML checked against a
 * schema. A schema's complaint names a path in the data; the author needs
 * the line, so parsing keeps the line of every entry and field. Like every
 * check, these return their problems; the loader decides to stop.
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq } from 'yaml';
import { z } from 'astro/zod';
import { correctionSchema, type Correction } from '../schemas/correction.ts';
import { documentSchema, type DocumentMeta } from '../schemas/document.ts';
import type { ContentFile } from './content-files.ts';
import type { Checked, ContentProblem } from './content-problem.ts';

/** Parses a YAML data file against its schema, naming the file, the line and the entry on any problem. */
export function parseYamlFile<T>(file: ContentFile, schema: z.ZodType<T>): Checked<T> {
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
    return {
      problems: doc.errors.map((e) => ({ file: file.path, message: `is not valid YAML: ${e.message.split('\n')[0]}` })),
    };
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    return {
      problems: result.error.issues.map((i) => ({
        file: file.path,
        line: lineOfPath(i.path),
        field: i.path.join('.'),
        message: i.message,
      })),
    };
  }
  return { data: result.data, problems: [] };
}

/** The corrections list; ids must be unique. */
export function parseCorrections(file: ContentFile): Checked<Correction[]> {
  const list = parseYamlFile(file, z.array(correctionSchema));
  if (!list.data) return list;
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const c of list.data) {
    if (seen.has(c.id)) problems.push({ file: file.path, field: 'id', message: `${c.id} is used twice` });
    seen.add(c.id);
  }
  return problems.length ? { problems } : list;
}

/** The metadata table, as document.yaml holds it. */
export function parseDocumentFile(file: ContentFile): Checked<DocumentMeta> {
  const { data, problems } = parseYamlFile(file, z.object({ document: documentSchema }));
  return data ? { data: data.document, problems } : { problems };
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
