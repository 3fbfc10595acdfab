/**
 * Every internal link and resource in the build resolves, #fragments
 * included, and nothing points off the site.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);

/** The site-relative URL a dist file is served at. */
const urlOf = (file: string) => '/' + file.replace(/index\.html$/, '').replace(/^\/$/, '');

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(selectAll('[id]', parse(readDist(file))).map((e) => String(e.properties.id)));
    idsCache.set(file, ids);
  }
  return ids;
}

function targetFile(pathname: string): string | undefined {
  const p = join(DIST, decodeURIComponent(pathname));
  if (existsSync(p) && statSync(p).isDirectory())
    return existsSync(join(p, 'index.html')) ? join(p, 'index.html') : undefined;
  return existsSync(p) ? p : undefined;
}

describe('links', () => {
  const pages = htmlFiles();
  it('the build has the pages the plan needs', () => {
    expect(pages.length).toBeGreaterThanOrEqual(54);
  });

  it.each(pages)('%s: every link resolves', (page) => {
    const tree = parse(readDist(join(DIST, page)));
    const base = new URL(urlOf(page), 'http://site.invalid');
    const broken: string[] = [];
    for (const el of selectAll('a[href], link[href], img[src], script[src], source[src]', tree)) {
      const raw = String(el.properties.href ?? el.properties.src);
      const url = new URL(raw, base);
      if (url.origin !== base.origin) {
        broken.push(`${raw}: points off the site`);
        continue;
      }
      const file = targetFile(url.pathname);
      if (!file) {
        broken.push(`${raw}: no file for ${url.pathname}`);
        continue;
      }
      if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${raw}: no id "${url.hash.slice(1)}" in ${file}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
