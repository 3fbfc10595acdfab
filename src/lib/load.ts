/**
 * Loading the data files from disk for Node-side tools (the importer, the
 * content check that runs before a build, tests). Astro pages load the same
 * files through content collections.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { correctionSchema, type Correction } from '../schemas/correction.ts';
import { documentSchema, type DocumentMeta } from '../schemas/document.ts';
import { CORRECTIONS_FILE, DOCUMENT_FILE, SOURCE_FILE } from './collections.ts';
import { ContentError, readContent } from './content-check.ts';
import { documentFromSource } from './import.ts';
import { checkPlan, expectedFromSource, planFromSources, unmarkedRestorations, type Expected } from './fidelity.ts';

export const readRaw = (contentDir: string) => readFileSync(join(contentDir, SOURCE_FILE), 'utf8');

function parseYamlList<T>(contentDir: string, file: string, schema: z.ZodType<T>): T {
  const path = join('content', file);
  const result = schema.safeParse(parse(readFileSync(join(contentDir, file), 'utf8')));
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((i) => ({ file: path, field: i.path.join('.'), message: i.message })),
    );
  }
  return result.data;
}

/** The corrections list; ids must be unique. */
export function loadCorrections(contentDir: string): Correction[] {
  const list = parseYamlList(contentDir, CORRECTIONS_FILE, z.array(correctionSchema));
  const seen = new Set<string>();
  for (const c of list) {
    if (seen.has(c.id))
      throw new ContentError([
        { file: join('content', CORRECTIONS_FILE), field: 'id', message: `${c.id} is used twice` },
      ]);
    seen.add(c.id);
  }
  return list;
}

export const loadDocument = (contentDir: string): DocumentMeta =>
  parseYamlList(contentDir, DOCUMENT_FILE, z.object({ document: documentSchema })).document;

export const loadExpected = (contentDir: string): Expected =>
  expectedFromSource(readRaw(contentDir), loadCorrections(contentDir));

/**
 * Everything the build relies on, checked before it starts: frontmatter,
 * numbering, and the text against the capture. Throws one error listing all.
 */
export function checkContentDir(contentDir: string, projectDir = process.cwd()): void {
  const { sources, problems } = readContent(contentDir, projectDir);
  if (problems.length) throw new ContentError(problems);
  const raw = readRaw(contentDir);
  const expected = expectedFromSource(raw, loadCorrections(contentDir));
  const message = checkPlan(planFromSources(sources), expected);
  if (message) {
    throw new Error(
      `The official text in content/ differs from the capture after corrections:\n${message}\n` +
        'Official text may differ from the capture only through content/corrections.yaml: undo the edit, or, if it restores something the capture lost, list it there as a restoration. "npm run import -- --check" shows every difference.',
    );
  }
  const document = loadDocument(contentDir);
  const captured = documentFromSource(raw);
  for (const [field, value] of Object.entries(captured) as Array<[keyof DocumentMeta, string]>) {
    if (document[field] !== value) {
      throw new ContentError([
        {
          file: join('content', DOCUMENT_FILE),
          field: `document.${field}`,
          message: `is "${document[field]}" but the captured page says "${value}"`,
        },
      ]);
    }
  }
  const unmarked = unmarkedRestorations(expected);
  if (unmarked.length) throw new Error(`restorations that cannot be shown in the text: ${unmarked.join(', ')}`);
}
