/**
 * Where the site is published (SITE_URL, BASE_PATH) and the version it
 * stands for (content/changelog.yaml), as pure rules.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-problem.ts';
import { checkChangelog, entryFor } from '../../src/lib/changelog.ts';
import { addressOf, deployFrom, printAddressRule, readerLinksFrom, type ReaderLinks } from '../../src/lib/deploy.ts';
import type { ChangelogEntry } from '../../src/schemas/changelog.ts';

describe('the site address', () => {
  it.each<[string, { SITE_URL?: string; BASE_PATH?: string }, { base: string; site?: string }]>([
    ['nothing set', {}, { base: '/' }],
    ['only a base path', { BASE_PATH: '/plans/qijiang' }, { base: '/plans/qijiang/' }],
    ['a site at a host’s root', { SITE_URL: 'https://example.gov.cn' }, { base: '/', site: 'https://example.gov.cn/' }],
    [
      'a site under a path, the base following it',
      { SITE_URL: 'https://example.gov.cn/qijiang' },
      { base: '/qijiang/', site: 'https://example.gov.cn/qijiang/' },
    ],
    [
      'a site and a base path that agree',
      { SITE_URL: 'https://example.gov.cn/qijiang/', BASE_PATH: 'qijiang' },
      { base: '/qijiang/', site: 'https://example.gov.cn/qijiang/' },
    ],
    ['an empty SITE_URL', { SITE_URL: ' ' }, { base: '/' }],
  ])('%s', (_, env, want) => {
    expect(deployFrom(env)).toEqual(want);
  });

  it.each<[string, { SITE_URL?: string; BASE_PATH?: string }, string]>([
    [
      'a site and a base path that disagree',
      { SITE_URL: 'https://example.gov.cn/a/', BASE_PATH: '/b/' },
      'is served under /a/ but BASE_PATH="/b/"',
    ],
    ['no address at all', { SITE_URL: 'example.gov.cn/qijiang/' }, 'is not an address'],
    ['another scheme', { SITE_URL: 'ftp://example.gov.cn/' }, 'must be an http(s) address'],
    ['a fragment', { SITE_URL: 'https://example.gov.cn/#top' }, 'without ?query or #fragment'],
  ])('refuses %s', (_, env, says) => {
    expect(() => deployFrom(env)).toThrow(says);
  });

  it.each<[string | undefined, string, string | undefined]>([
    ['https://example.gov.cn/qijiang/', '/plan/tasks/09/', 'https://example.gov.cn/qijiang/plan/tasks/09/'],
    ['https://example.gov.cn/qijiang/', '/plan/tasks/09/#p1', 'https://example.gov.cn/qijiang/plan/tasks/09/#p1'],
    ['https://example.gov.cn/', '/', 'https://example.gov.cn/'],
    [undefined, '/plan/tasks/09/', undefined],
  ])('the address of %s + %s is %s', (site, path, want) => {
    expect(addressOf(site, path)).toBe(want);
  });

  it('needs a site-relative path', () => {
    expect(() => addressOf('https://example.gov.cn/', 'plan/')).toThrow('site-relative');
  });
});

describe('addresses on paper', () => {
  it.each<[string | undefined, string | undefined, string | undefined]>([
    // [site, the selector's href prefix, the origin printed before the href]
    ['https://example.gov.cn/plans/qijiang/', '[href^="/plans/qijiang/"]', '"https://example.gov.cn" attr(href)'],
    ['https://example.gov.cn/', '[href^="/"]', '"https://example.gov.cn" attr(href)'],
    ['http://127.0.0.1:8080/q/', '[href^="/q/"]', '"http://127.0.0.1:8080" attr(href)'],
    [undefined, undefined, undefined],
  ])('with the site %s, links under %s print %s', (site, prefix, printed) => {
    const rule = printAddressRule(site);
    if (prefix === undefined || printed === undefined) return expect(rule).toBeUndefined();
    expect(rule).toMatch(/^@media print\{/);
    expect(rule).toContain(`a${prefix}`);
    expect(rule).toContain(`content:"（" ${printed} "）"`);
  });
});

describe('the changelog', () => {
  const v = (version: string, date: string): ChangelogEntry => ({ version, date, changes: ['变化。'] });
  const check = (...items: ChangelogEntry[]) =>
    checkChangelog(
      'content/changelog.yaml',
      items.map((item, i) => ({ item, line: 10 * (i + 1) })),
    ).map(formatProblem);
  it('accepts versions newest first', () => {
    expect(check(v('0.10.0', '2026-12-01'), v('0.2.0', '2026-11-28'), v('0.1.0', '2026-11-28'))).toEqual([]);
  });
  it.each<[string, ChangelogEntry[], string]>([
    ['oldest first', [v('0.1.0', '2026-11-28'), v('0.2.0', '2026-11-28')], ':20 [version] 0.2.0 follows 0.1.0'],
    ['a version twice', [v('0.2.0', '2026-11-28'), v('0.2.0', '2026-11-28')], ':20 [version] 0.2.0 follows 0.2.0'],
    [
      'an older version dated later',
      [v('0.2.0', '2026-11-28'), v('0.1.0', '2026-12-01')],
      ':20 [date] 0.1.0 is dated 2026-12-01',
    ],
  ])('refuses %s', (_, items, want) => {
    expect(check(...items)).toEqual([expect.stringContaining(`content/changelog.yaml${want}`)]);
  });
  it('finds the entry of the version being built, or says to add one', () => {
    expect(entryFor([v('0.2.0', '2026-11-28')], '0.2.0').version).toBe('0.2.0');
    expect(() => entryFor([v('0.1.0', '2026-11-28')], '0.2.0')).toThrow(
      'package.json says version 0.2.0 but the newest entry is 0.1.0; add an entry for 0.2.0',
    );
  });
});

describe('readerLinksFrom', () => {
  it.each<[string, Record<string, string>, ReaderLinks]>([
    ['nothing set', {}, {}],
    ['blank settings', { OFFICIAL_URL: ' ', REPORT_URL: '' }, {}],
    [
      'the official page',
      { OFFICIAL_URL: 'https://example.gov.cn/doc.html' },
      { official: 'https://example.gov.cn/doc.html' },
    ],
    ['a report page', { REPORT_URL: 'https://example.org/report' }, { report: 'https://example.org/report' }],
    ['a report e-mail', { REPORT_URL: 'mailto:team@example.org' }, { report: 'mailto:team@example.org' }],
  ])('%s', (_, env, want) => {
    expect(readerLinksFrom(env)).toEqual(want);
  });

  /** The official text's page of content/sources.yaml, which the build passes as the default. */
  const LISTED = 'http://www.cqqj.gov.cn/bm/qjw/t.html';
  it.each<[string, Record<string, string>, ReaderLinks]>([
    ['nothing set: the listed page', {}, { official: LISTED }],
    ['a blank setting: the listed page', { OFFICIAL_URL: ' ' }, { official: LISTED }],
    [
      'OFFICIAL_URL overrides it',
      { OFFICIAL_URL: 'https://example.gov.cn/doc.html' },
      { official: 'https://example.gov.cn/doc.html' },
    ],
    ['no report page is made up', { REPORT_URL: '' }, { official: LISTED }],
  ])('with a listed official page, %s', (_, env, want) => {
    expect(readerLinksFrom(env, { official: LISTED })).toEqual(want);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'an official page that is no address',
      { OFFICIAL_URL: 'www.example.gov.cn' },
      /OFFICIAL_URL="www.example.gov.cn"/,
    ],
    ['an official page by e-mail', { OFFICIAL_URL: 'mailto:a@example.org' }, /OFFICIAL_URL/],
    ['a report address of another kind', { REPORT_URL: 'javascript:alert(1)' }, /REPORT_URL/],
  ])('refuses %s', (_, env, message) => {
    expect(() => readerLinksFrom(env)).toThrow(message);
  });
});
