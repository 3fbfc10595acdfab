/**
 * A link checker over a built site: every link, resource and form on a page
 * must name a file of the build the way a static host or a disk serves it,
 * and every #fragment an id on the target page.
 *
 * - Absolute builds: a link to a folder ends with "/" (without it a host
 *   answers with a redirect, or not at all under a sub-path).
 * - Relative builds (opened from disk): no link starts with "/", a folder link
 *   names its index.html (file:// lists the folder instead), and no link climbs
 *   above the site's root folder with "../".
 *
 * Used by the link tests and by npm run archive, which refuses to zip a copy with a broken link.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { LinkMode } from '../../src/lib/url.ts';

export interface LinkCheckOptions {
  /** The folder of the build. */
  dist: string;
  /** The base path the site is served under, e.g. `/` or `/sub/`. */
  base?: string;
  /** How the build writes its links. */
  mode?: LinkMode;
  /** The site's public address (SITE_URL), which canonical links name: links under it are checked as the site's own. */
  site?: string;
  /** Addresses off the site the deploy gave on purpose (OFFICIAL_URL, REPORT_URL): allowed. */
  allowed?: readonly string[];
  /** Hosts whose pages the site may link: those of content/sources.yaml (sourceHosts in src/lib/sources.ts). */
  allowedHosts?: readonly string[];
  /** Called with each file of the build a link reaches (relative to `dist`), for finding files nothing reaches. */
  onTarget?: (file: string) => void;
}

// data-data is the file the search page's script loads (search-data.json online, search-data.js on disk).
const TARGETS = 'a[href], link[href], img[src], script[src], source[src], form[action], [data-data]';

export function createLinkChecker({
  dist,
  base = '/',
  mode = 'absolute',
  site,
  allowed = [],
  allowedHosts = [],
  onTarget,
}: LinkCheckOptions) {
  const hostAllowed = (raw: string) => /^https?:\/\//.test(raw) && allowedHosts.includes(new URL(raw).host);
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set(selectAll('[id]', fromHtml(readFileSync(file, 'utf8'))).map((e) => String(e.properties.id)));
      idsCache.set(file, ids);
    }
    return ids;
  };

  /** Problems with the links of one page, given as a path relative to `dist`. */
  return function brokenLinks(page: string): string[] {
    const broken: string[] = [];
    const pageDir = posix.dirname(page) === '.' ? [] : posix.dirname(page).split('/');
    for (const el of selectAll(TARGETS, fromHtml(readFileSync(join(dist, page), 'utf8')))) {
      const written = String(el.properties.href ?? el.properties.src ?? el.properties.action ?? el.properties.dataData);
      const bad = (why: string) => broken.push(`${page}: ${written}: ${why}`);
      // The site's own address (a canonical link) is a link into the build, under its base path.
      // A copy on disk names its online pages as they are (canonical links, 网上地址): not files of the copy.
      if (site && mode === 'relative' && written.startsWith(site)) continue;
      const raw = site && written.startsWith(site) ? base + written.slice(site.length) : written;
      if (allowed.includes(raw) || hostAllowed(raw)) continue;
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) {
        bad('points off the site');
        continue;
      }
      const hashAt = raw.indexOf('#');
      const beforeHash = hashAt < 0 ? raw : raw.slice(0, hashAt);
      const hash = hashAt < 0 ? '' : decodeURIComponent(raw.slice(hashAt + 1));
      const path = decodeURIComponent(beforeHash.split('?')[0]!);

      let segments: string[];
      if (path.startsWith('/')) {
        if (mode === 'relative') {
          bad('starts with "/", which on a disk means the root of the drive; write it relative');
          continue;
        }
        if (!path.startsWith(base)) {
          bad(`is outside the base path ${base}`);
          continue;
        }
        segments = path.slice(base.length).split('/');
      } else {
        segments = [...pageDir];
        let above = false;
        for (const s of path.split('/')) {
          if (s === '..') {
            if (!segments.length) above = true;
            segments.pop();
          } else if (s !== '.') segments.push(s);
        }
        if (above) {
          bad('climbs above the root of the site with "../"');
          continue;
        }
        if (path === '') segments = page.split('/');
      }
      const names = segments.filter(Boolean);
      const target = join(dist, ...names);
      if (!existsSync(target)) {
        bad(`no file ${names.join('/') || '(the root)'} in the build`);
        continue;
      }
      let file = target;
      if (statSync(target).isDirectory()) {
        if (mode === 'relative') {
          bad('names a folder; from a disk a folder link must name its index.html');
          continue;
        }
        if (!path.endsWith('/') && path !== '') {
          bad('names a folder without its trailing "/"');
          continue;
        }
        file = join(target, 'index.html');
        if (!existsSync(file)) {
          bad(`the folder ${names.join('/')} has no index.html`);
          continue;
        }
      }
      onTarget?.(relative(dist, file).split(sep).join('/'));
      if (hash && file.endsWith('.html') && !idsOf(file).has(hash)) bad(`no id "${hash}" in ${file}`);
    }
    return broken;
  };
}
