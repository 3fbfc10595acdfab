/**
 * nginx for the built site (deploy/nginx.conf): each page's
 * Content-Security-Policy as a header, the same as the `<meta>` the page
 * carries, through a `map` from the file nginx serves to its policy, which
 * the build writes beside the pages (src/integrations/nginx-csp.ts). Pure:
 * the integration and the tests do the reading and writing.
 */

/** The file the build writes into the output folder, and which the server configuration includes. */
export const CSP_MAP_FILE = 'nginx-csp.conf';
/** The nginx variable the map sets. */
export const CSP_VARIABLE = 'qijiang_csp';

/** Only a header can forbid framing; the site allows only its own origin to frame it. */
export const HEADER_ONLY = "frame-ancestors 'self'";

const unescapeAttribute = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta ? unescapeAttribute(meta[1]!) : undefined;
}

/** The header for a page: its `<meta>` policy word for word, then what only a header can say. */
export const headerPolicy = (meta: string): string => `${meta.replace(/[\s;]+$/, '')}; ${HEADER_ONLY}`;

/**
 * The header for everything that is not a page (scripts, data, Pagefind's
 * worker, whose policy comes from this header alone): a page's policy without
 * its hashes, from the page that allows the most (the search page, with
 * 'wasm-unsafe-eval' for Pagefind's WebAssembly).
 */
export function fallbackPolicy(metas: readonly string[]): string {
  const widest = metas.find((m) => m.includes("'wasm-unsafe-eval'")) ?? metas[0] ?? "default-src 'self'";
  return headerPolicy(widest.replace(/\s*'sha(256|384|512)-[^']*'/g, ''));
}

const quoted = (s: string) => {
  if (/["\\$\n]/.test(s)) throw new Error(`cannot write ${JSON.stringify(s)} into an nginx map`);
  return `"${s}"`;
};

/**
 * The nginx `map` from the URI nginx serves (after `index`: `/plan/index.html`)
 * to its header policy. `pages` maps a built HTML file's path within the
 * output folder (`plan/index.html`) to its `<meta>` policy; `base` is the path
 * the site is served under (`/` or `/qijiang/`).
 */
export function cspMap(pages: ReadonlyMap<string, string>, base: string): string {
  const files = [...pages.keys()].sort();
  const lines = files.map((f) => `    ${quoted(base + f)} ${quoted(headerPolicy(pages.get(f)!))};`);
  return [
    `# Written by the build (src/integrations/nginx-csp.ts): each page's Content-Security-Policy as a header, the`,
    `# same as its <meta>; for other files, the same without hashes. Included by deploy/nginx.conf.`,
    `# Page paths are longer than nginx's default map bucket (64) allows.`,
    `map_hash_bucket_size 128;`,
    `map $uri $${CSP_VARIABLE} {`,
    `    default ${quoted(fallbackPolicy([...pages.values()]))};`,
    ...lines,
    '}',
    '',
  ].join('\n');
}

export interface SiteConfOptions {
  /** The built folder, absolute. */
  root: string;
  /** The path the site is served under, as at build time (BASE_PATH): `/` or `/qijiang/`. */
  base: string;
  /** What nginx listens on: `80`, `127.0.0.1:8080`. */
  listen: string;
}

/** deploy/nginx.conf with its three words (@ROOT@, @BASE@, @LISTEN@) filled in, outside its comments. */
export function renderSiteConf(template: string, o: SiteConfOptions): string {
  const slash = (s: string) => (s.endsWith('/') ? s : `${s}/`);
  if (!o.base.startsWith('/')) throw new Error(`the base path must start with "/": ${o.base}`);
  if (!o.root.startsWith('/')) throw new Error(`the root folder must be an absolute path: ${o.root}`);
  if (/[\s;{}"'$]/.test(o.root + o.base + o.listen))
    throw new Error('root, base and listen may not hold spaces or ; { } " \' $');
  // Comments keep their words, which explain them.
  const fill = (line: string) =>
    line.replaceAll('@ROOT@', slash(o.root)).replaceAll('@BASE@', slash(o.base)).replaceAll('@LISTEN@', o.listen);
  return template
    .split('\n')
    .map((line) => (line.trimStart().startsWith('#') ? line : fill(line)))
    .join('\n');
}
