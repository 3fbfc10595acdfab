/**
 * The site's script and style policy, checked on a built page:
 *
 * - Every page but the search page works fully with JavaScript off; scripts only enhance.
 * - A reading page may load one site-owned classic script, deferred, of at most 3 KB gzip.
 *   Search code and its index load only on the search page, when search is used.
 * - No inline event handlers (`onload=`, `onclick=` …) and no `javascript:` URLs anywhere.
 * - Inline `<script>` or `<style>` only where the page's Content-Security-Policy lists its
 *   hash; `style=` attributes never (a CSP can allow them only wholesale).
 * - Every page states that policy in a `<meta>` before any script or style (a policy binds
 *   only what follows it): the site's own files only, no plugins, no `<base>`, nothing
 *   inline without its hash, and WebAssembly only where Pagefind may run (the search page).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { parse } from './dist.ts';

/** Gzipped bytes a reading page's one script may have. */
export const SCRIPT_BUDGET = 3 * 1024;

/** The search page may load its own code (the search and, where it is used, Pagefind); it is the only one. */
export const SEARCH_PAGE = 'search/index.html';

export interface PolicyContext {
  /** The page, relative to the build folder: `plan/tasks/01/index.html`. */
  page: string;
  /** The bytes of a site file a page refers to (by its URL as written), or undefined if there is none. */
  readAsset: (url: string, page: string) => Buffer | undefined;
}

/** Reads the files of the build in `dist` by a URL as a page writes it (rooted at `base`, or relative to the page). */
export function assetReader(dist: string, base = '/'): PolicyContext['readAsset'] {
  return (url, page) => {
    const path = url.startsWith(base) ? url.slice(base.length) : posix.join(dirname(page), url);
    const file = join(dist, path.split(/[?#]/)[0]!);
    return existsSync(file) ? readFileSync(file) : undefined;
  };
}

/** The hashes a page's CSP meta tag allows for a directive (`script-src`, `style-src`). */
function cspHashes(tree: Root, directive: string): Set<string> {
  const hashes = new Set<string>();
  for (const meta of selectAll('meta', tree)) {
    if (String(meta.properties.httpEquiv ?? '').toLowerCase() !== 'content-security-policy') continue;
    for (const part of String(meta.properties.content ?? '').split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name !== directive) continue;
      for (const s of sources) if (/^'sha(256|384|512)-/.test(s)) hashes.add(s.slice(1, -1));
    }
  }
  return hashes;
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const isOffSite = (url: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
const describe = (el: Element) => `<${el.tagName}${el.properties.src ? ` src="${el.properties.src}"` : ''}>`;

/** What every page's policy says, and what none may say. */
const CSP_REQUIRED = ["default-src 'self'", "object-src 'none'", "base-uri 'none'"];
const CSP_FORBIDDEN = /'unsafe-inline'|'unsafe-eval'|https?:|\*/;

/** What the page's Content-Security-Policy meta lacks or allows too much, and whether it comes too late. */
function cspProblems(tree: Root, searchPage: boolean): string[] {
  const order = selectAll('meta, script, style', tree).filter(
    (el) => el.tagName !== 'meta' || String(el.properties.httpEquiv ?? '').toLowerCase() === 'content-security-policy',
  );
  const meta = order.find((el) => el.tagName === 'meta');
  if (!meta) return ['no Content-Security-Policy <meta>'];
  const problems: string[] = [];
  if (order[0] !== meta)
    problems.push(`<${order[0]!.tagName}> before the Content-Security-Policy: it binds only what follows it`);
  const policy = String(meta.properties.content ?? '');
  for (const directive of CSP_REQUIRED)
    if (!policy.includes(directive)) problems.push(`the Content-Security-Policy lacks ${directive}`);
  const loose = CSP_FORBIDDEN.exec(policy);
  if (loose) problems.push(`the Content-Security-Policy allows ${loose[0]}`);
  // Pagefind compiles WebAssembly on the search page; nothing else may.
  if (policy.includes("'wasm-unsafe-eval'") !== searchPage)
    problems.push(
      `'wasm-unsafe-eval' ${searchPage ? 'missing on' : 'allowed on'} a ${searchPage ? 'search' : 'reading'} page`,
    );
  return problems;
}

/** What a built page does against the policy, in words; empty when it keeps it. */
export function policyViolations(html: string, ctx: PolicyContext): string[] {
  const tree = parse(html);
  const searchPage = ctx.page === SEARCH_PAGE;
  const problems: string[] = cspProblems(tree, searchPage);

  for (const el of selectAll('*', tree)) {
    for (const [name, value] of Object.entries(el.properties)) {
      // hast names event handler attributes onClick, onLoad …
      if (/^on[A-Z]/.test(name) || /^on[a-z]+$/.test(name))
        problems.push(`<${el.tagName} ${name.toLowerCase()}="…">: inline event handlers are not allowed`);
      if (typeof value === 'string' && /^\s*javascript:/i.test(value))
        problems.push(`<${el.tagName} ${name}="${value}">: javascript: URLs are not allowed`);
    }
    if (el.properties.style !== undefined) problems.push(`<${el.tagName} style="…">: style attributes are not allowed`);
  }

  const styleHashes = cspHashes(tree, 'style-src');
  for (const style of selectAll('style', tree)) {
    if (!styleHashes.has(sha256(toString(style))))
      problems.push(`<style>: inline style whose hash (${sha256(toString(style))}) no Content-Security-Policy lists`);
  }

  const scriptHashes = cspHashes(tree, 'script-src');
  const external: Element[] = [];
  for (const script of selectAll('script', tree)) {
    const src = script.properties.src;
    if (src === undefined) {
      if (!scriptHashes.has(sha256(toString(script))))
        problems.push(
          `<script>: inline script whose hash (${sha256(toString(script))}) no Content-Security-Policy lists`,
        );
      continue;
    }
    external.push(script);
    if (isOffSite(String(src))) problems.push(`${describe(script)}: scripts come from the site itself`);
  }
  for (const link of selectAll('link[rel~="modulepreload"], link[rel~="preload"][as="script"]', tree)) {
    if (!searchPage) problems.push(`<link rel="${String(link.properties.rel)}">: reading pages preload no script`);
  }
  for (const link of selectAll('link[href]', tree)) {
    if (isOffSite(String(link.properties.href)) && String(link.properties.rel).includes('stylesheet'))
      problems.push(`<link href="${link.properties.href}">: styles come from the site itself`);
  }
  if (searchPage) return problems;

  if (external.length > 1) problems.push(`${external.length} scripts: a reading page loads at most one`);
  for (const script of external) {
    const type = String(script.properties.type ?? '');
    if (type && type !== 'text/javascript') problems.push(`${describe(script)}: type="${type}", only a classic script`);
    if (script.properties.defer === undefined) problems.push(`${describe(script)}: must be deferred`);
    const src = String(script.properties.src);
    if (isOffSite(src)) continue;
    const bytes = ctx.readAsset(src, ctx.page);
    if (!bytes) problems.push(`${describe(script)}: no such file in the build`);
    else if (gzipSync(bytes).length > SCRIPT_BUDGET)
      problems.push(
        `${describe(script)}: ${gzipSync(bytes).length} bytes gzipped, over the ${SCRIPT_BUDGET}-byte budget`,
      );
  }
  return problems;
}
