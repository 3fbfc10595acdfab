/**
 * Reading the built site: its HTML files and the official text in them.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root, Text } from 'hast';

export const DIST = 'dist';

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html')))
    throw new Error('dist/ is not built: run "npm test" (it builds first) or "npm run build"');
}

/** Every HTML file of the build, as paths relative to dist/. */
export const htmlFiles = (): string[] => globSync('**/*.html', { cwd: DIST }).sort();

/** The site-relative URL a browser opens for a built file: `plan/tasks/01/index.html` → `/plan/tasks/01/`. */
export const pageUrlOf = (file: string): string => '/' + file.replace(/(^|\/)index\.html$/, '$1');

/** Every built page by the site-relative URL a browser opens (`/plan/tasks/01/`, `/404.html`). */
export const pageUrls = (): string[] => htmlFiles().map(pageUrlOf);

/** The dist file that serves a site-relative URL such as `/plan/tasks/01/`. */
export const fileForUrl = (url: string): string =>
  join(DIST, url.replace(/^\//, ''), url.endsWith('/') ? 'index.html' : '');

const parsed = new Map<string, Root>();

/**
 * The page's tree, parsed once per worker for each text: a dozen files read every built page (about 2 s a pass
 * cold, 0.6 s warm; the 116 trees take about 50 MB), and now that files share their worker (vitest.config.ts)
 * they share these too. The tree is shared, so it is frozen: a test that changes one throws, rather than
 * changing what later tests read (a test that must change one works on a structuredClone).
 */
export function parse(html: string): Root {
  let tree = parsed.get(html);
  if (!tree) {
    if (parsed.size >= 600) parsed.clear();
    tree = deepFreeze(fromHtml(html));
    parsed.set(html, tree);
  }
  return tree;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

export interface ExtractedBlock {
  id: string;
  text: string;
  /** The built file it was read from, for messages. */
  file?: string;
}

/** Text of a node without what the site added inside it (elements marked `data-ours`, e.g. a term's popup). */
export function officialTextOf(node: Element | Text | Root | { type: string }): string {
  if (node.type === 'text') return (node as Text).value;
  if (node.type === 'element' && (node as Element).properties.dataOurs !== undefined) return '';
  if ('children' in node) return (node.children as Array<Element | Text>).map(officialTextOf).join('');
  return '';
}

/** The official text of a page: every `[data-official]` element, in document order. */
export function extractOfficial(html: string, file?: string): ExtractedBlock[] {
  return selectAll('[data-official]', parse(html)).map((el) => ({
    id: String(el.properties.dataOfficial),
    text: officialTextOf(el),
    ...(file ? { file } : {}),
  }));
}

/**
 * The restored characters a page marks: for each official block, each
 * correction id with the characters its <ins> elements hold, joined. Keys
 * look like `task-01.p1 C07`.
 */
export function extractRestorations(html: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const el of selectAll('[data-official]', parse(html))) {
    for (const ins of selectAll('ins[data-correction]', el)) {
      const key = `${el.properties.dataOfficial} ${ins.properties.dataCorrection}`;
      found.set(key, (found.get(key) ?? '') + officialTextOf(ins));
    }
  }
  return found;
}

export const readDist = (file: string): string => readFileSync(file, 'utf8');

/** Whether a page (by site-relative URL) has a heading holding `words`: the pages where a heading could break them. */
export function pagesWithHeading(words: string): (path: string) => boolean {
  const have = new Set(
    htmlFiles()
      .filter((f) =>
        selectAll('h1, h2, h3, h4, h5, h6', parse(readDist(join(DIST, f)))).some((h) => toString(h).includes(words)),
      )
      .map(pageUrlOf),
  );
  return (path) => have.has(path);
}
