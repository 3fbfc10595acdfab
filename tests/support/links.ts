/**
 * A link checker over a built site: every link and resource on a page must
 * name a file of the build, and every #fragment an id on the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { parse } from './dist.ts';

export interface LinkCheckOptions {
  /** The folder of the build. */
  dist: string;
  /** The base path the site is served under, e.g. `/` or `/sub/`. */
  base?: string;
}

export function createLinkChecker({ dist, base = '/' }: LinkCheckOptions) {
  const origin = 'http://site.invalid';
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set(selectAll('[id]', parse(readFileSync(file, 'utf8'))).map((e) => String(e.properties.id)));
      idsCache.set(file, ids);
    }
    return ids;
  };
  const fileFor = (pathname: string): string | undefined => {
    if (!pathname.startsWith(base)) return undefined;
    const p = join(dist, decodeURIComponent(pathname.slice(base.length)));
    if (existsSync(p) && statSync(p).isDirectory())
      return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : undefined;
    return existsSync(p) ? p : undefined;
  };

  /** Problems with the links of one page, given as a path relative to `dist`. */
  return function brokenLinks(page: string): string[] {
    const pageUrl = new URL(base + page.replace(/index\.html$/, ''), origin);
    const broken: string[] = [];
    for (const el of selectAll(
      'a[href], link[href], img[src], script[src], source[src]',
      parse(readFileSync(join(dist, page), 'utf8')),
    )) {
      const raw = String(el.properties.href ?? el.properties.src);
      const url = new URL(raw, pageUrl);
      if (url.origin !== origin) {
        broken.push(`${raw}: points off the site`);
        continue;
      }
      const file = fileFor(url.pathname);
      if (!file) {
        broken.push(`${raw}: no file for ${url.pathname}`);
        continue;
      }
      if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${raw}: no id "${url.hash.slice(1)}" in ${file}`);
      }
    }
    return broken;
  };
}
