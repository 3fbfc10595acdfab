/**
 * The PDF and EPUB editions that npm run archive makes from 全文.html: their
 * file names, where a build keeps them, and their sizes as pages show them.
 * Pure: the archive script and the pages share these answers.
 */
import { ROUTES } from './url.ts';

export const EDITION_KINDS = ['pdf', 'epub'] as const;
export type EditionKind = (typeof EDITION_KINDS)[number];

/** The name a reader sees in a chat or on a USB stick: `綦教〔2023〕17号-阅读版.pdf`. */
export const titledName = (documentNumber: string, kind: EditionKind): string => `${documentNumber}-阅读版.${kind}`;

/** The ASCII name with the version, for addresses on a web server: `qijiao-2023-17-v0.4.0.pdf`. */
export const versionedName = (archiveName: string, kind: EditionKind): string => `${archiveName}.${kind}`;

/**
 * A heading's words for a list outside the text (the PDF's bookmarks, the EPUB's contents), with a task's number
 * set apart: `1加强…` → `1 加强…`. The capture lost the mark after a task's number, and the pages set it apart
 * by a margin that such lists cannot carry.
 */
export const separateNumber = (title: string): string => title.replace(/^(\d+)(?=[^\d\s.．、])/u, '$1 ');

/** An edition as a page links it. */
export interface EditionLink {
  kind: EditionKind;
  /** Site-relative path of the file, for the page's linker. */
  path: string;
  /** Its size in bytes; absent in the archive's build, which writes the editions after the pages (see fillSizes). */
  bytes?: number;
  /** The name a browser saves it under when it differs from the path's last segment. */
  download?: string;
}

/** Inside the offline archive the editions sit beside 全文.html under their Chinese titles. */
export const archiveEditions = (documentNumber: string): EditionLink[] =>
  EDITION_KINDS.map((kind) => ({ kind, path: `/${titledName(documentNumber, kind)}` }));

/** On a web server they sit in /editions/ under their ASCII names, and save under their Chinese titles. */
export const publishedEditions = (
  documentNumber: string,
  files: ReadonlyArray<{ kind: EditionKind; file: string; bytes: number }>,
): EditionLink[] =>
  files.map(({ kind, file, bytes }) => ({
    kind,
    path: `${ROUTES.editions}${file}`,
    bytes,
    download: titledName(documentNumber, kind),
  }));

/** Bytes as a reader on mobile data weighs them: `1.3 MB`, `412 KB`. */
export function formatBytes(bytes: number): string {
  if (!Number.isInteger(bytes) || bytes < 0) throw new Error(`not a size in bytes: ${bytes}`);
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The attribute that marks where a page of the archive shows an edition's size before it is known. */
export const SIZE_SLOT = 'data-edition-size';
const SLOT = new RegExp(`<span ${SIZE_SLOT}="(pdf|epub)"></span>`, 'g');

/**
 * The archive's pages are built before its editions exist (they are printed
 * from the built 全文.html), so a page leaves an empty slot for each size and
 * npm run archive fills it in. Throws on a slot without a size, so no page
 * is left saying nothing.
 */
export function fillSizes(html: string, sizes: Readonly<Partial<Record<EditionKind, number>>>): string {
  return html.replace(SLOT, (_, kind: EditionKind) => {
    const bytes = sizes[kind];
    if (bytes === undefined) throw new Error(`no size for the ${kind} edition`);
    return `<span ${SIZE_SLOT}="${kind}">${formatBytes(bytes)}</span>`;
  });
}

/** Whether a page still has an empty size slot. */
export const hasSizeSlot = (html: string): boolean => new RegExp(SLOT.source).test(html);

/** What each printed page of the single file shows in its margins (the cover none): see pageMarginCss. */
export interface PageMargins {
  /** Top left: the document number, 綦教〔2023〕17号. */
  documentNumber: string;
  /** Top right: what this copy is, 非官方阅读版. */
  kind: string;
  /** Bottom centre, around the page's number and the count of pages: ['第', '页 共', '页']. */
  pageOf: readonly [string, string, string];
}

/**
 * The print rule that puts the document number, what the copy is and 第N页 共M页 in the margins of every page of
 * the single-file 全文 but its cover: in the PDF edition, and when a reader prints the file. CSS writes margin
 * text only as strings, so this rule is made from the metadata and the interface strings, not typed into a
 * stylesheet. JSON string syntax is valid CSS string syntax for these words (no raw quotes or newlines).
 */
export function pageMarginCss({ documentNumber, kind, pageOf: [before, between, after] }: PageMargins): string {
  const q = (s: string) => JSON.stringify(s);
  const box = 'font-size:8.5pt;color:#333;font-family:var(--font-sans)';
  return [
    '@media print{',
    `@page{@top-left{content:${q(documentNumber)};${box}}@top-right{content:${q(kind)};${box}}`,
    `@bottom-center{content:${q(before)} counter(page) ${q(between)} counter(pages) ${q(after)};${box}}}`,
    '@page:first{@top-left{content:none}@top-right{content:none}@bottom-center{content:none}}',
    '}',
  ].join('');
}
