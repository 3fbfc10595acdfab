/**
 * The site's URL scheme, in one place: the pages, the plan's unit pages, the
 * anchors of its blocks, and the linker that turns a site-relative target
 * into the link a page writes. Absolute mode prefixes the base path (a deploy
 * under /sub/ is a config value); relative mode writes links that also work
 * from a disk (file://), where a folder link must name its index.html.
 */
import type { Block } from '../schemas/block.ts';
import type { UnitKind } from '../schemas/unit-source.ts';
import { isHeadingBlock, partNumberOf, type PartChild } from './model.ts';

/** The site's pages other than the plan's units, and its files. */
export const ROUTES = {
  home: '/',
  notice: '/notice/',
  plan: '/plan/',
  fullText: '/full-text/',
  document: '/document/',
  corrections: '/corrections/',
  glossary: '/glossary/',
  glossaryJson: '/glossary.json',
  search: '/search/',
  guide: '/guide/',
  faq: '/faq/',
  targets: '/targets/',
  institutions: '/institutions/',
  searchData: '/search-data.json',
  /** The offline archive's search: the same text as a classic script, and the page's script as one. */
  searchDataScript: '/search-data.js',
  searchScript: '/search.js',
  pagefind: '/pagefind/pagefind.js',
  planJson: '/plan.json',
  planTxt: '/plan.txt',
  favicon: '/favicon.svg',
  manifest: '/manifest.webmanifest',
  robots: '/robots.txt',
  sitemap: '/sitemap-index.xml',
  shareImage: '/share.png',
  touchIcon: '/icon-180.png',
  siteScript: '/site.js',
  /** The print rule for links within the site, when it has an address (SITE_URL). */
  printAddresses: '/print-addresses.css',
  /** The site's print rules, apart from the inline stylesheet (src/lib/print-css.ts). */
  printStyles: '/print.css',
  notFound: '/404.html',
  /** The offline archive's own pages: what the copy is, and the whole text as one file for phones. */
  aboutCopy: '/about-this-copy/',
  fullTextFile: '/全文.html',
  /** Where a deploy publishes the PDF and EPUB editions (EDITIONS_DIR): src/lib/editions.ts names the files. */
  editions: '/editions/',
} as const;

export type RouteName = keyof typeof ROUTES;

/** URL segments we chose for the plan's three parts, by part number; stable once published. */
export const PART_SLUGS = ['general', 'tasks', 'measures'] as const;
/** URL segments for the sections of part one, by section number. */
export const SECTION_SLUGS = ['guiding', 'principles', 'goals'] as const;

const pad2 = (n: number) => String(n).padStart(2, '0');

function slugOf(slugs: readonly string[], n: number, what: string): string {
  const slug = slugs[n - 1];
  if (!slug) throw new Error(`${what} ${n} has no URL: add its slug to ${what.toUpperCase()}_SLUGS in src/lib/url.ts`);
  return slug;
}

/** The page of a unit of the plan, e.g. `/plan/tasks/09/`. */
export function unitPath(u: { kind: UnitKind; number?: number | undefined }): string {
  const n = u.number ?? 0;
  // Sections, tasks and measures sit under the page of their part; groups have a folder of their own.
  const under = (k: PartChild) => `${ROUTES.plan}${slugOf(PART_SLUGS, partNumberOf(k), 'part')}/`;
  switch (u.kind) {
    case 'notice':
      return ROUTES.notice;
    case 'front':
      return ROUTES.plan;
    case 'part':
      return `${ROUTES.plan}${slugOf(PART_SLUGS, n, 'part')}/`;
    case 'section':
      return `${under('section')}${slugOf(SECTION_SLUGS, n, 'section')}/`;
    case 'group':
      return `${ROUTES.plan}groups/${pad2(n)}/`;
    case 'task':
      return `${under('group')}${pad2(n)}/`;
    case 'measure':
      return `${under('measure')}${n}/`;
  }
}

/** Where a block is shown: its unit's own page, or the full text. */
export type BlockPage = 'unit' | 'full';

/** The id of a unit's heading on the full-text page, `task-09-h`. */
export const fullTextHeadingId = (unitKey: string) => `${unitKey}-h`;

/**
 * The id a block's element carries on a page: `p1` on its unit page,
 * `task-09-p1` on the full text. Headings carry none on their unit page (the
 * page itself is their address); on the full text they share the heading's id.
 */
export function blockAnchor(b: Pick<Block, 'unit' | 'local' | 'role'>, page: BlockPage): string | undefined {
  if (page === 'full') return isHeadingBlock(b) ? fullTextHeadingId(b.unit) : `${b.unit}-${b.local}`;
  return isHeadingBlock(b) ? undefined : b.local;
}

const withFragment = (path: string, anchor: string | undefined) => (anchor ? `${path}#${anchor}` : path);

/** A block on its unit's page, e.g. `/plan/tasks/09/#p1`. */
export const blockPath = (unit: Parameters<typeof unitPath>[0], b: Pick<Block, 'unit' | 'local' | 'role'>) =>
  withFragment(unitPath(unit), blockAnchor(b, 'unit'));

/** A unit's heading on the full-text page. */
export const fullTextUnitPath = (unitKey: string) => withFragment(ROUTES.fullText, fullTextHeadingId(unitKey));

/** The anchor of a target's words, the same on its unit's page and on the full text. */
export const targetAnchor = (id: string) => `target-${id}`;

/** A target's words on its unit's page, `/plan/general/goals/#target-shuangshi`. */
export const targetPath = (unit: Parameters<typeof unitPath>[0], id: string) =>
  withFragment(unitPath(unit), targetAnchor(id));

/** An entry of the corrections list on 校勘说明. */
export const correctionPath = (id: string) => withFragment(ROUTES.corrections, id);

/** A glossary entry's page, `/glossary/sanjiao-gaige/`. */
export const termPath = (slug: string) => `${ROUTES.glossary}${slug}/`;

/** Astro's route parameter for a page path: `/plan/tasks/09/` → `plan/tasks/09`. */
export const routeParam = (path: string) => path.replace(/^\/|\/$/g, '');

export type LinkMode = 'absolute' | 'relative';

export interface LinkerOptions {
  /** Astro's base, e.g. `/` or `/plans/qijiang/`. */
  base: string;
  mode: LinkMode;
  /** Site-relative path of the page the links appear on: a folder (`/plan/tasks/01/`) or a file (`/404.html`). */
  from: string;
}

const withSlashes = (p: string) => `/${p.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Whether a path names a file (`/plan.json`, `/404.html`) rather than a folder. */
const isFilePath = (p: string) => /\.[a-z0-9]+$/i.test(p);

/** Splits `/a/b/#frag` into path and the `#fragment` or `?query` that follows it. */
function splitSuffix(target: string): [string, string] {
  const i = target.search(/[?#]/);
  return i < 0 ? [target, ''] : [target.slice(0, i), target.slice(i)];
}

export function createLinker({ base, mode, from }: LinkerOptions) {
  const root = withSlashes(base);
  return function link(target: string): string {
    if (!target.startsWith('/')) throw new Error(`link target must be site-relative, starting with "/": ${target}`);
    const [path, suffix] = splitSuffix(target);
    const isFile = isFilePath(path);
    if (mode === 'absolute') return `${root}${path.replace(/^\//, '')}${suffix}`;
    // A page that is a file (404.html) links from the folder it is in.
    const fromDir = isFilePath(from) ? from.replace(/[^/]*$/, '') : from;
    const fromParts = withSlashes(fromDir).split('/').filter(Boolean);
    const toParts = path.split('/').filter(Boolean);
    let common = 0;
    while (
      common < fromParts.length &&
      common < toParts.length - (isFile ? 1 : 0) &&
      fromParts[common] === toParts[common]
    )
      common++;
    const up = '../'.repeat(fromParts.length - common);
    const down = toParts.slice(common).join('/');
    const file = isFile ? '' : `${down ? '/' : ''}index.html`;
    return `${up}${down}${file}`.replace(/^\//, '') + suffix || `./${suffix}`;
  };
}

export type Link = ReturnType<typeof createLinker>;

/** The anchor of a glossary entry inside the single-file 全文. */
export const singleFileTermAnchor = (slug: string) => `glossary-${slug}`;

/**
 * The linker of the single-file 全文 (全文.html), which a phone opens alone
 * from a chat app: it has no other pages, so every link must land inside it.
 * The full text's headings, the glossary and the corrections become its own
 * sections; anything else is an error, not a dead link.
 */
export function singleFileLink(target: string): string {
  const [path, suffix] = splitSuffix(target);
  const fragment = suffix.startsWith('#') ? suffix.slice(1) : '';
  if (path === ROUTES.fullText && fragment) return `#${fragment}`;
  if (path === ROUTES.corrections) return `#${fragment || 'corrections'}`;
  const term = new RegExp(`^${ROUTES.glossary}([a-z0-9-]+)/$`).exec(path);
  if (term && !suffix) return `#${singleFileTermAnchor(term[1]!)}`;
  throw new Error(
    `the single-file 全文 cannot link to ${target}: it holds only the text, the glossary and the corrections`,
  );
}

/**
 * Rewrites the root-relative asset URLs Astro writes itself (`/_astro/…`) to
 * relative ones, for a page `depth` folders below the site root. Only the
 * relative build needs it; every other link already comes from the linker.
 */
export function relativizeAssetUrls(html: string, depth: number): string {
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return html.replace(/(\s(?:href|src)=")\/_astro\//g, `$1${up}_astro/`);
}
