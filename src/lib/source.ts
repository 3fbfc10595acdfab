/**
 * Reading the captured web page: where the document starts and ends, and the
 * metadata table the website printed above it.
 *
 * The capture is a web page, not the document: site navigation comes before
 * the document and a link list after it. Everything outside the two markers
 * below is website chrome and is never published as official text.
 */
import { DOCUMENT_LABELS } from '../schemas/document.ts';

/** The document begins with the title of the cover notice. */
export const DOCUMENT_START = '重庆市綦江区教育委员会关于印发';
/** The first line of the website's footer, right after the document ends. */
export const CHROME_AFTER = '扫一扫在手机打开当前页';

/** One non-empty line of the capture inside the document. */
export interface SourceLine {
  /** 1-based line number in the raw file, so reviewers can find it. */
  line: number;
  /** The line exactly as captured. */
  text: string;
}

export interface SplitSource {
  /** The document's lines in reading order; blank lines are dropped. */
  lines: SourceLine[];
  /** Lines before the document: site navigation and the metadata table. */
  header: SourceLine[];
  /** Lines after the document: the site's footer. */
  footer: SourceLine[];
}

/** Splits the capture into website chrome and the document's own lines. */
export function splitSource(raw: string): SplitSource {
  const all = raw
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text }))
    .filter((l) => l.text.trim() !== '');
  const start = all.findIndex((l) => l.text.startsWith(DOCUMENT_START));
  const end = all.findIndex((l) => l.text.trim() === CHROME_AFTER);
  if (start < 0) throw new Error(`source: no line starts with "${DOCUMENT_START}"`);
  if (end < start) throw new Error(`source: no footer line "${CHROME_AFTER}" after the document`);
  const lines = all.slice(start, end);
  for (const l of lines) {
    if (l.text !== l.text.trim()) {
      throw new Error(`source line ${l.line}: leading or trailing white space is not expected`);
    }
  }
  return { header: all.slice(0, start), lines, footer: all.slice(end) };
}

/** Labels of the metadata table, as the website prints them. */
export const METADATA_LABELS = Object.values(DOCUMENT_LABELS);
export type MetadataLabel = (typeof DOCUMENT_LABELS)[keyof typeof DOCUMENT_LABELS];

/**
 * Reads the website's `[ 标签 ] 值` metadata table. Every label must be present
 * exactly once: a capture without them is not the capture this site describes.
 */
export function parseMetadata(header: SourceLine[]): ReadonlyMap<MetadataLabel, string> {
  const found = new Map<string, string>();
  for (const { text } of header) {
    for (const m of text.matchAll(/\[\s*([^\]]+?)\s*\]\s*([^[]+)/g)) {
      const label = m[1]!;
      if (found.has(label)) throw new Error(`source: metadata "${label}" appears twice`);
      found.set(label, m[2]!.trim());
    }
  }
  const out = new Map<MetadataLabel, string>();
  for (const label of METADATA_LABELS) {
    const value = found.get(label);
    if (!value) throw new Error(`source: metadata "${label}" is missing from the header`);
    out.set(label, value);
  }
  return out;
}
