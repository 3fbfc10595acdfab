/**
 * What every page promises: Chinese language tag, the unofficial-copy notice
 * with the document number, the script and style policy
 * (tests/support/page-policy.ts), and the pages the plan needs at stable URLs.
 */
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAIN_NAV } from '../../src/lib/nav.ts';
import { ROUTES } from '../../src/lib/url.ts';
import { dataOrThrow } from '../../src/lib/content-problem.ts';
import { parseCorrections, parseDocumentFile } from '../../src/lib/yaml-files.ts';
import { loadPlan, readContentFiles } from '../../src/loaders/plan.ts';
import { sourceHosts } from '../../src/lib/sources.ts';
import { DIST, fileForUrl, htmlFiles, parse, readDist, requireDist } from '../support/dist.ts';
import { assetReader, policyViolations } from '../support/page-policy.ts';

beforeAll(requireDist);
const files = readContentFiles('content');
const doc = dataOrThrow(parseDocumentFile(files.document));
/** The only hosts a page may link: those of the official pages content/sources.yaml lists. */
const hosts = sourceHosts(loadPlan('content').data.sources);

const readAsset = assetReader(DIST);

describe.each(htmlFiles())('%s', (page) => {
  const html = readDist(join(DIST, page));
  const tree = parse(html);
  it('is Chinese, says it is an unofficial copy and names the document number', () => {
    expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
    const banner = select('.unofficial-banner', tree);
    expect(banner && toString(banner)).toContain(doc.documentNumber);
    expect(toString(banner!)).toContain('非官方');
  });
  it('keeps the script and style policy, loads nothing off the site, links off it only pages of content/sources.yaml', () => {
    expect(policyViolations(html, { page, readAsset })).toEqual([]);
    expect(html).not.toMatch(/(?:src|action)="(?:https?:)?\/\//);
    for (const el of selectAll('[href]', tree)) {
      const href = String(el.properties.href);
      if (!/^(?:https?:)?\/\//.test(href)) continue;
      expect(el.tagName, href).toBe('a');
      expect(hosts, href).toContain(new URL(href, 'https://x/').host);
    }
  });
  it('shows the main navigation, every entry in order', () => {
    const nav = selectAll('.main-nav a', tree).map((a) => `${toString(a)} ${String(a.properties.href)}`);
    expect(nav).toEqual(MAIN_NAV.map((n) => `${n.label} ${ROUTES[n.route]}`));
  });
  it('has one h1 and a title', () => {
    expect(selectAll('h1', tree)).toHaveLength(1);
    expect(toString(select('title', tree)!)).not.toBe('');
  });
});

describe('stable URLs', () => {
  it.each([
    '/',
    '/notice/',
    '/plan/',
    '/plan/general/',
    '/plan/general/guiding/',
    '/plan/general/principles/',
    '/plan/general/goals/',
    '/plan/tasks/',
    '/plan/groups/01/',
    '/plan/groups/11/',
    '/plan/tasks/01/',
    '/plan/tasks/26/',
    '/plan/measures/',
    '/plan/measures/1/',
    '/plan/measures/4/',
    '/full-text/',
    '/document/',
    '/corrections/',
    '/plan.json',
    '/plan.txt',
  ])('%s exists', (url) => {
    expect(existsSync(fileForUrl(url))).toBe(true);
  });

  it('the document page states the metadata and the unofficial status', () => {
    const text = toString(parse(readDist('dist/document/index.html')));
    for (const v of [
      doc.indexNumber,
      doc.documentNumber,
      doc.subject,
      doc.publisher,
      doc.written,
      doc.published,
      doc.validity,
    ]) {
      expect(text).toContain(v);
    }
    expect(text).toContain('非官方阅读版');
    expect(text).toContain('权威文本');
  });

  it('a restoration inside a task links to the paragraph that shows it', () => {
    const entry = selectAll('li#C07 a', parse(readDist('dist/corrections/index.html')));
    expect(entry.map((a) => a.properties.href)).toContain('/plan/tasks/01/#p1');
  });

  it('every correction has its entry on the corrections page', () => {
    const ids = selectAll('[id]', parse(readDist('dist/corrections/index.html'))).map((e) => String(e.properties.id));
    const listed = dataOrThrow(parseCorrections(files.corrections)).map((c) => c.id);
    expect(listed.length).toBeGreaterThanOrEqual(43);
    expect(listed.filter((id) => !ids.includes(id))).toEqual([]);
  });
});
