/**
 * Every internal link and resource in the build resolves, #fragments
 * included, and nothing points off the site. The checker itself is first
 * shown to catch each kind of broken link, on a small site made here.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, requireDist } from '../support/dist.ts';
import { createLinkChecker } from '../../scripts/lib/link-check.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { sourceHosts } from '../../src/lib/sources.ts';

describe('the link checker', () => {
  const dist = 'tests/.tmp/link-checker';
  const page = (body: string) => `<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`;
  rmSync(dist, { recursive: true, force: true });
  const bodies: Record<string, string> = {
    'index.html': '<h1 id="top">x</h1>',
    'plan/index.html': '<p id="p1">x</p>',
    'plan/tasks/01/index.html': '<p id="p1">x</p>',
  };
  for (const [f, body] of Object.entries(bodies)) {
    mkdirSync(dirname(join(dist, f)), { recursive: true });
    writeFileSync(join(dist, f), page(body));
  }
  writeFileSync(join(dist, 'plan.json'), '{}');
  const check = (mode: 'absolute' | 'relative', from: string, link: string, base = '/') => {
    writeFileSync(join(dist, from), page(`${bodies[from]}<a href="${link}">x</a>`));
    return createLinkChecker({ dist, base, mode })(from);
  };

  it.each<['absolute' | 'relative', string, string]>([
    ['absolute', 'plan/tasks/01/index.html', '/plan/'],
    ['absolute', 'plan/tasks/01/index.html', '/plan/#p1'],
    ['absolute', 'plan/tasks/01/index.html', '#p1'],
    ['absolute', 'plan/tasks/01/index.html', '/plan.json'],
    ['relative', 'plan/tasks/01/index.html', '../../../index.html#top'],
    ['relative', 'plan/tasks/01/index.html', '../../index.html#p1'],
    ['relative', 'plan/tasks/01/index.html', '../../../plan.json'],
    ['relative', 'plan/tasks/01/index.html', 'index.html#p1'],
    ['relative', 'index.html', 'plan/tasks/01/index.html'],
  ])('%s build, from %s: %s resolves', (mode, from, link) => {
    expect(check(mode, from, link)).toEqual([]);
  });

  it.each<['absolute' | 'relative', string, string, RegExp]>([
    ['absolute', 'index.html', '/plan/tasks/01', /without its trailing "\/"/],
    ['absolute', 'index.html', '/plan/tasks/02/', /no file plan\/tasks\/02/],
    ['absolute', 'index.html', '/plan/#p9', /no id "p9"/],
    ['absolute', 'index.html', 'https://example.com/', /points off the site/],
    ['absolute', 'index.html', '//example.com/x.js', /points off the site/],
    ['relative', 'plan/tasks/01/index.html', '../../', /must name its index\.html/],
    ['relative', 'plan/tasks/01/index.html', '../../../../index.html', /climbs above the root/],
    ['relative', 'plan/index.html', '../../plan.json', /climbs above the root/],
    ['relative', 'plan/index.html', '/plan.json', /starts with "\/"/],
  ])('%s build, from %s: %s is broken', (mode, from, link, message) => {
    expect(check(mode, from, link).join('\n')).toMatch(message);
  });

  it('an address off the site passes only on an allowed host (those of content/sources.yaml)', () => {
    writeFileSync(
      join(dist, 'index.html'),
      page(`${bodies['index.html']}<a href="http://www.example.gov.cn/a.html">x</a>`),
    );
    const on = createLinkChecker({ dist, allowedHosts: ['www.example.gov.cn'] });
    expect(on('index.html')).toEqual([]);
    const off = createLinkChecker({ dist, allowedHosts: ['example.gov.cn'] });
    expect(off('index.html').join('\n')).toMatch(/points off the site/);
  });

  it('a sub-path build: links outside the base path are broken', () => {
    expect(check('absolute', 'index.html', '/plan/', '/sub/').join('\n')).toMatch(/outside the base path \/sub\//);
    expect(check('absolute', 'index.html', '/sub/plan/', '/sub/')).toEqual([]);
  });
});

describe('links', () => {
  beforeAll(requireDist);
  const pages = htmlFiles();
  const brokenLinks = createLinkChecker({ dist: DIST, allowedHosts: sourceHosts(loadPlan('content').data.sources) });

  it('the build has the pages the plan needs', () => {
    expect(pages.length).toBeGreaterThanOrEqual(54);
  });

  it.each(pages)('%s: every link resolves', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });
});
