/**
 * Every internal link goes through a linker made for the page it appears on.
 * Absolute mode prefixes the base path (a deploy under /sub/ is a config
 * value); relative mode writes links that also work from a disk (file://),
 * where a folder link must name its index.html.
 */

export type LinkMode = 'absolute' | 'relative';

export interface LinkerOptions {
  /** Astro's base, e.g. `/` or `/plans/qijiang/`. */
  base: string;
  mode: LinkMode;
  /** Site-relative path of the page the links appear on, e.g. `/plan/tasks/01/`. */
  from: string;
}

const withSlashes = (p: string) => `/${p.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

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
    const isFile = /\.[a-z0-9]+$/i.test(path);
    if (mode === 'absolute') return `${root}${path.replace(/^\//, '')}${suffix}`;
    const fromParts = withSlashes(from).split('/').filter(Boolean);
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

/**
 * Rewrites the root-relative asset URLs Astro writes itself (`/_astro/…`) to
 * relative ones, for a page `depth` folders below the site root. Only the
 * relative build needs it; every other link already comes from the linker.
 */
export function relativizeAssetUrls(html: string, depth: number): string {
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return html.replace(/(\s(?:href|src)=")\/_astro\//g, `$1${up}_astro/`);
}
