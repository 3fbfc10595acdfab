/**
 * The EPUB 3 edition's fixed parts, kept pure: its XHTML documents' frame,
 * the navigation document, the package document (metadata, manifest, spine),
 * the container, and the order and times of the zip's entries. The archive
 * script fills them from 全文.html (scripts/lib/epub-edition.ts); epubcheck
 * checks the result in the tests.
 */
import { createHash } from 'node:crypto';
import type { Zippable } from 'fflate';

/** Characters XML needs escaped in text and in double-quoted attributes. */
export const xmlEscape = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A name-based UUID (RFC 9562 version 5, SHA-1 in the URL namespace): the
 * same name gives the same identifier on every machine, so an e-reader sees
 * each new version of the book as the same book.
 */
export function uuidV5(name: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** EPUB's date of last change: `2026-11-29T07:06:40Z`, no fraction of a second. */
export const epubModified = (epochSeconds: number): string =>
  new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

const XHTML_OPEN = (lang: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${lang}" xml:lang="${lang}">\n`;

/** One content document: `body` is XHTML already (serialized elements). */
export function xhtmlDocument({
  title,
  body,
  lang,
  stylesheet,
}: {
  title: string;
  body: string;
  lang: string;
  stylesheet: string;
}): string {
  return `${XHTML_OPEN(lang)}<head>\n<meta charset="UTF-8"/>\n<title>${xmlEscape(title)}</title>\n<link rel="stylesheet" type="text/css" href="${xmlEscape(stylesheet)}"/>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/** An entry of the navigation document: words, where it leads, what it contains. */
export interface NavEntry {
  label: string;
  href: string;
  kids: NavEntry[];
}

const navList = (entries: readonly NavEntry[]): string =>
  `<ol>${entries
    .map(
      (e) => `<li><a href="${xmlEscape(e.href)}">${xmlEscape(e.label)}</a>${e.kids.length ? navList(e.kids) : ''}</li>`,
    )
    .join('')}</ol>`;

/** The landmarks e-readers offer as "go to": the cover, the start of the text, the contents. */
export interface Landmarks {
  cover: string;
  bodymatter: string;
  toc: string;
}

/** The navigation document: the contents (`toc`), mirroring the plan, and the landmarks. */
export function navDocument({
  title,
  toc,
  landmarks,
  labels,
  lang,
  stylesheet,
}: {
  title: string;
  toc: readonly NavEntry[];
  landmarks: Landmarks;
  labels: Readonly<Record<keyof Landmarks | 'landmarks', string>>;
  lang: string;
  stylesheet: string;
}): string {
  const marks = (['cover', 'bodymatter', 'toc'] as const)
    .map((k) => `<li><a epub:type="${k}" href="${xmlEscape(landmarks[k])}">${xmlEscape(labels[k])}</a></li>`)
    .join('');
  const body = [
    `<nav epub:type="toc" id="toc" aria-labelledby="toc-h"><h1 id="toc-h">${xmlEscape(title)}</h1>${navList(toc)}</nav>`,
    `<nav epub:type="landmarks" id="landmarks" hidden="hidden" aria-labelledby="landmarks-h"><h2 id="landmarks-h">${xmlEscape(labels.landmarks)}</h2><ol>${marks}</ol></nav>`,
  ].join('\n');
  return xhtmlDocument({ title, body, lang, stylesheet });
}

/** A file of the publication, as the manifest lists it. */
export interface ManifestItem {
  id: string;
  href: string;
  mediaType: 'application/xhtml+xml' | 'text/css';
  /** `nav` for the navigation document, `svg` for a document with inline SVG. */
  properties?: 'nav' | 'svg';
  /** Whether it is read in order (the spine); the stylesheet and the navigation document are not. */
  inSpine: boolean;
}

export interface EpubMeta {
  /** The book's identifier, a `urn:uuid:`. */
  identifier: string;
  title: string;
  lang: string;
  /** Who wrote the text: the issuing body. */
  creator: string;
  subject: readonly string[];
  description: string;
  /** The moment it stands for, in seconds since 1970. */
  epoch: number;
  /** An accessibility summary for readers who cannot see the page. */
  accessibilitySummary: string;
}

/** The package document (content.opf): the metadata, every file, and the reading order. */
export function packageDocument(meta: EpubMeta, items: readonly ManifestItem[]): string {
  const e = xmlEscape;
  const metadata = [
    `<dc:identifier id="uid">${e(meta.identifier)}</dc:identifier>`,
    `<dc:title>${e(meta.title)}</dc:title>`,
    `<dc:language>${e(meta.lang)}</dc:language>`,
    `<dc:creator id="creator">${e(meta.creator)}</dc:creator>`,
    '<meta refines="#creator" property="role" scheme="marc:relators">aut</meta>',
    ...meta.subject.map((s) => `<dc:subject>${e(s)}</dc:subject>`),
    `<dc:description>${e(meta.description)}</dc:description>`,
    `<dc:date>${epubModified(meta.epoch)}</dc:date>`,
    `<meta property="dcterms:modified">${epubModified(meta.epoch)}</meta>`,
    // What the book offers a reader who uses assistive technology (schema.org's accessibility terms).
    '<meta property="schema:accessMode">textual</meta>',
    '<meta property="schema:accessModeSufficient">textual</meta>',
    '<meta property="schema:accessibilityFeature">structuralNavigation</meta>',
    '<meta property="schema:accessibilityFeature">tableOfContents</meta>',
    '<meta property="schema:accessibilityHazard">none</meta>',
    `<meta property="schema:accessibilitySummary">${e(meta.accessibilitySummary)}</meta>`,
  ];
  const manifest = items.map(
    (i) =>
      `<item id="${e(i.id)}" href="${e(i.href)}" media-type="${i.mediaType}"${i.properties ? ` properties="${i.properties}"` : ''}/>`,
  );
  const spine = items.filter((i) => i.inSpine).map((i) => `<itemref idref="${e(i.id)}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${e(meta.lang)}">`,
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n${metadata.join('\n')}\n</metadata>`,
    `<manifest>\n${manifest.join('\n')}\n</manifest>`,
    `<spine>\n${spine.join('\n')}\n</spine>`,
    '</package>',
    '',
  ].join('\n');
}

/** Where the package document sits in the zip. */
export const PACKAGE_PATH = 'OEBPS/content.opf';

export const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="${PACKAGE_PATH}" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/**
 * The zip's entries in the order EPUB requires: `mimetype` first and stored
 * (not compressed), so a reader finds the type at a fixed place; then the
 * container and the publication's files in the order given. Every entry has
 * the one time `mtime` and read-only-for-others Unix attributes, as the
 * archive's zip does.
 */
export function epubEntries(files: ReadonlyArray<readonly [string, string]>, mtime: Date): Zippable {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const attrs = { mtime, os: 3, attrs: 0o100644 << 16 };
  const entries: Zippable = { mimetype: [bytes('application/epub+zip'), { ...attrs, level: 0 }] };
  entries['META-INF/container.xml'] = [bytes(CONTAINER_XML), attrs];
  for (const [path, text] of files) {
    if (path in entries) throw new Error(`${path} is in the EPUB twice`);
    entries[path] = [bytes(text), attrs];
  }
  return entries;
}
