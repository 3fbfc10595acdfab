/**
 * What `npm run import` writes: every content file, derived from the capture
 * and the corrections list alone. Kept pure so a test can prove that content/
 * is exactly what the importer produces.
 */
import { stringify } from 'yaml';
import type { Correction } from '../schemas/correction.ts';
import { DOCUMENT_LABELS, documentSchema, type DocumentMeta } from '../schemas/document.ts';
import { DOCUMENT_FILE, unitFile } from './content-files.ts';
import { expectedFromSource } from './fidelity.ts';
import { numberOf, type UnitSource } from './model.ts';
import { parseMetadata, splitSource } from './source.ts';
import { parseStructure } from './structure.ts';

/** A unit file: frontmatter, then one paragraph a line with blank lines between. */
export function renderUnitFile(u: UnitSource): string {
  const fm = stringify(u.data, { lineWidth: 0 }).trimEnd();
  return `---\n${fm}\n---\n${u.paragraphs.map((p) => `\n${p}\n`).join('')}`;
}

/** The metadata table of the captured page, with the breadcrumb that says where it was published. */
export function documentFromSource(raw: string): DocumentMeta {
  const { header } = splitSource(raw);
  const m = parseMetadata(header);
  const crumb = header.find((l) => l.text.startsWith('您当前的位置'));
  if (!crumb) throw new Error('source: the page breadcrumb (您当前的位置) is missing from the header');
  const fields = Object.fromEntries(Object.entries(DOCUMENT_LABELS).map(([field, label]) => [field, m.get(label)]));
  return documentSchema.parse({ ...fields, sourceLocation: crumb.text.replace(/^您当前的位置:\s*/, '') });
}

export function renderDocumentFile(document: DocumentMeta): string {
  const yaml = stringify({ document }, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `# Written by "npm run import" from the metadata table of the captured page.\n${yaml}`;
}

/** Every file the importer writes, by path relative to content/. */
export function importedFiles(raw: string, corrections: Correction[]): Map<string, string> {
  const expected = expectedFromSource(raw, corrections);
  const files = new Map<string, string>();
  for (const u of parseStructure(expected.applied.lines)) {
    files.set(unitFile(u.kind, numberOf(u)), renderUnitFile(u));
  }
  files.set(DOCUMENT_FILE, renderDocumentFile(documentFromSource(raw)));
  return files;
}
