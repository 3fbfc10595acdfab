/**
 * The EPUB 3 edition, read from the built 全文.html so it holds exactly what
 * that file holds: its cover, the metadata table and the marks' legend, the
 * plan cut into one XHTML document per part (the tasks' part one per group),
 * the corrections and the glossary, and a navigation document made from the
 * file's own contents. What only a web page needs goes: paragraph links,
 * 回到顶部, the terms' tooltips (a term links to its entry in the glossary).
 */
import { zipSync } from 'fflate';
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { matches, select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { separateNumber } from '../../src/lib/editions.ts';
import {
  epubEntries,
  navDocument,
  packageDocument,
  PACKAGE_PATH,
  xhtmlDocument,
  type EpubMeta,
  type ManifestItem,
  type NavEntry,
} from '../../src/lib/epub.ts';

/** What the book calls its parts: the words are the interface's (src/ui/strings.ts). */
export interface EpubLabels {
  cover: string;
  about: string;
  contents: string;
  landmarks: string;
  bodymatter: string;
}

/** What a web page has and a book does not: permalinks, links back to the top, the terms' tooltips. */
const WEB_ONLY = '.para-link, .to-top, .term-tip, .skip-link';
/** The units that open a document of their own; a part with no text of its own opens its first group's. */
const OPENS_DOCUMENT = new Set(['ft-notice', 'ft-front', 'ft-part', 'ft-group']);
const STYLESHEET = 'style.css';
/** The single file's appendices, each a document of its own at the end. */
const APPENDICES = [
  ['.single-file-corrections', 'corrections.xhtml'],
  ['.single-file-glossary', 'glossary.xhtml'],
] as const;
const SVG_NS = 'http://www.w3.org/2000/svg';
const GAP: Element = {
  type: 'element',
  tagName: 'span',
  properties: { dataOurs: '' },
  children: [{ type: 'text', value: ' ' }],
};

interface Chapter {
  file: string;
  title: string;
  nodes: Element[];
}

const need = (selector: string, tree: Root | Element): Element => {
  const el = select(selector, tree);
  if (!el) throw new Error(`全文.html has no ${selector}: the EPUB is read from it`);
  return el;
};

const classes = (el: Element): string[] =>
  Array.isArray(el.properties.className) ? el.properties.className.map(String) : [];

/** The plan's units, grouped into documents: the notice, the title and preamble, part one, each group, part three. */
function unitChapters(units: readonly Element[]): Chapter[] {
  const chapters: Chapter[] = [];
  for (const unit of units) {
    const kind = classes(unit).find((c) => OPENS_DOCUMENT.has(c));
    const current = chapters.at(-1);
    const onlyHeadings = current?.nodes.every((n) => !select('p', n));
    if (!current || (kind && !onlyHeadings)) {
      const heading = need('.ft-heading', unit);
      const key = String(heading.properties.id).replace(/-h$/, '');
      chapters.push({ file: `${key}.xhtml`, title: separateNumber(toString(heading)), nodes: [unit] });
    } else current.nodes.push(unit);
  }
  return chapters;
}

/** A copy of `node` for the book: web-only parts dropped, no boolean attributes (XHTML has none), links mapped. */
function forBook(node: ElementContent, link: (fragment: string) => string): ElementContent[] {
  if (node.type !== 'element') return node.type === 'comment' ? [] : [node];
  if (matches(WEB_ONLY, node)) return [];
  const { ariaDescribedBy: _tip, tabIndex: _focus, ...properties } = node.properties;
  for (const [k, v] of Object.entries(properties))
    if (v === true) throw new Error(`<${node.tagName} ${k}> is a boolean attribute, which XHTML cannot write`);
  if (typeof properties.href === 'string' && properties.href.startsWith('#'))
    properties.href = link(decodeURIComponent(properties.href.slice(1)));
  // In XHTML an <svg> is SVG only by its namespace.
  if (node.tagName === 'svg') properties.xmlns = SVG_NS;
  const copy: Element = { ...node, properties, children: node.children.flatMap((c) => forBook(c, link)) };
  // A task's number has no mark after it (the capture lost it); pages set it apart by a margin, which not every
  // e-reader draws, so the book puts a space of ours after it (outside the official text, as data-ours says).
  return classes(node).includes('heading-no') && /\d$/.test(toString(node)) ? [copy, GAP] : [copy];
}

/** The EPUB's files (paths inside the zip) from 全文.html, and how to zip them. */
export function epubFrom(
  singleFile: string,
  meta: EpubMeta,
  labels: EpubLabels,
  stylesheet: string,
  mtime: Date,
): Uint8Array {
  const tree = fromHtml(singleFile);
  const units = selectAll('article.full-text > section.ft-unit', tree);
  const chapters: Chapter[] = [
    { file: 'cover.xhtml', title: labels.cover, nodes: [need('.edition-cover', tree)] },
    {
      file: 'about.xhtml',
      title: labels.about,
      nodes: [need('.meta-table', tree), need('.marks-legend', tree), need('.site-footer', tree)],
    },
    ...unitChapters(units),
    ...APPENDICES.map(([selector, file]) => {
      const section = need(selector, tree);
      return { file, title: toString(need('h2', section)), nodes: [section] };
    }),
  ];

  // Every id of the file, by the document that now holds it, so a link within the file finds its document.
  const home = new Map<string, string>();
  for (const c of chapters)
    for (const n of c.nodes)
      for (const el of [n, ...selectAll('[id]', n)])
        if (el.properties.id !== undefined) home.set(String(el.properties.id), c.file);
  const link = (fragment: string) => {
    const file = home.get(fragment);
    if (!file) throw new Error(`全文.html links #${fragment}, which no document of the EPUB holds`);
    return `${file}#${fragment}`;
  };

  const files: Array<[string, string]> = [];
  const items: ManifestItem[] = [];
  for (const [i, c] of chapters.entries()) {
    const body = c.nodes.flatMap((n) => forBook(n, link));
    const xhtml = toHtml({ type: 'root', children: body }, { closeSelfClosing: true, allowParseErrors: false });
    files.push([
      `OEBPS/${c.file}`,
      xhtmlDocument({ title: c.title, body: xhtml, lang: meta.lang, stylesheet: STYLESHEET }),
    ]);
    items.push({
      id: `c${String(i).padStart(2, '0')}`,
      href: c.file,
      mediaType: 'application/xhtml+xml',
      ...(selectAll('svg', { type: 'root', children: body }).length ? { properties: 'svg' as const } : {}),
      inSpine: true,
    });
  }

  // The contents mirror the single file's own, with the book's cover and appendices around them.
  const entries = (ol: Element): NavEntry[] =>
    selectAll(':scope > li', ol).map((li) => {
      const a = need(':scope > a', li);
      const sub = select(':scope > ol', li);
      return {
        label: separateNumber(toString(a)),
        href: link(String(a.properties.href).slice(1)),
        kids: sub ? entries(sub) : [],
      };
    });
  const [cover, about, ...rest] = chapters;
  const appendices = rest.slice(-APPENDICES.length);
  const toc: NavEntry[] = [
    { label: cover!.title, href: cover!.file, kids: [] },
    { label: about!.title, href: about!.file, kids: [] },
    ...entries(need('nav.toc-side > ol', tree)),
    ...appendices.map((c) => ({ label: c.title, href: c.file, kids: [] })),
  ];
  files.push([
    'OEBPS/nav.xhtml',
    navDocument({
      title: labels.contents,
      toc,
      landmarks: { cover: cover!.file, bodymatter: rest[0]!.file, toc: 'nav.xhtml#toc' },
      labels: { cover: labels.cover, bodymatter: labels.bodymatter, toc: labels.contents, landmarks: labels.landmarks },
      lang: meta.lang,
      stylesheet: STYLESHEET,
    }),
  ]);
  // The contents are a page of the book too, after the cover, as in a printed one (and landmarks may only lead to the spine).
  items.splice(1, 0, {
    id: 'nav',
    href: 'nav.xhtml',
    mediaType: 'application/xhtml+xml',
    properties: 'nav',
    inSpine: true,
  });
  files.push([`OEBPS/${STYLESHEET}`, stylesheet]);
  items.push({ id: 'css', href: STYLESHEET, mediaType: 'text/css', inSpine: false });
  files.push([PACKAGE_PATH, packageDocument(meta, items)]);
  return zipSync(epubEntries(files, mtime), { level: 9 });
}
