/**
 * The same site built for a sub-path and with relative links (for a copy
 * opened from disk): every link still resolves. Each variant is a real build.
 */
import { globSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro.ts';
import { launch } from '../support/browser.ts';
import { runQueries } from '../support/search-run.ts';
import { serveDist } from '../support/server.ts';
import type { LinkMode } from '../../src/lib/url.ts';
import { createLinkChecker } from '../support/links.ts';

function build(name: string, env: Record<string, string>): string {
  const out = resolve('tests/.tmp/variants', name);
  rmSync(out, { recursive: true, force: true });
  const r = astroBuild('.', ['--outDir', out], env);
  if (r.status !== 0) throw new Error(`build ${name} failed:\n${r.output}`);
  return out;
}

const VARIANTS: Array<{ name: string; env: Record<string, string>; base: string; mode: LinkMode }> = [
  { name: 'sub-path', env: { BASE_PATH: '/plans/qijiang/' }, base: '/plans/qijiang/', mode: 'absolute' },
  { name: 'relative', env: { PUBLIC_LINK_MODE: 'relative' }, base: '/', mode: 'relative' },
];

describe.each(VARIANTS)('a $name build', ({ name, env, base, mode }) => {
  const dist = build(name, env);
  const pages = globSync('**/*.html', { cwd: dist }).sort();
  const brokenLinks = createLinkChecker({ dist, base, mode });

  it('has every page, the 404 page included', () => {
    expect(pages).toContain('404.html');
    expect(pages.length).toBeGreaterThanOrEqual(54);
  });

  it.each(pages)('%s: every link resolves', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('has no link that depends on where the site is hosted', () => {
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      const rooted = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
      if (name === 'relative') expect(rooted, page).toEqual([]);
      else
        expect(
          rooted.filter((u) => !u.startsWith(base)),
          page,
        ).toEqual([]);
    }
  });

  it('searches from its own place: results, Pagefind and every request stay under the base path', async () => {
    const server = await serveDist(dist, base);
    const browser = await launch();
    try {
      const runs = await runQueries(browser, server.url, ['双师型', '驾照']);
      expect(runs.get('双师型')?.links).toContain('/plan/tasks/09/#p1');
      expect(runs.get('双师型')?.backend).toBe('pagefind');
      expect(runs.get('驾照')?.text).toContain('没有找到');
      expect(server.requests.filter((p) => !p.startsWith(base))).toEqual([]);
      expect(server.requests).toContain(`${base}pagefind/pagefind.js`);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
