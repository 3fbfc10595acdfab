/**
 * The default build, which knows no site address: no page names a host of
 * its own (no canonical link, share tags, sitemap or QR code), and none but
 * the hosts of content/sources.yaml; every line saying 权威文本以…为准 links
 * the official text's page listed there; robots.txt names no sitemap; every
 * page still offers the home-screen icon and manifest, and its footer gives
 * the version and the commit's date, which 文件信息 explains. The build with
 * an address is tested in variants.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/loaders/plan.ts';
import { officialTextSource, sourceHosts } from '../../src/lib/sources.ts';
import { ui } from '../../src/ui/strings.ts';
import { DIST, htmlFiles, parse, readDist, requireDist } from '../support/dist.ts';

beforeAll(requireDist);
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const date = execFileSync('git', ['log', '-1', '--format=%cs'], { encoding: 'utf8' }).trim();
const { data } = loadPlan('content');

describe('a build without a site address', () => {
  it.each(htmlFiles())('%s names no host of its own and offers the home-screen icon', (file) => {
    const tree = parse(readDist(`${DIST}/${file}`));
    expect(select('link[rel=canonical], meta[property^="og:"], meta[name^="twitter:"]', tree)).toBeUndefined();
    expect(select('.page-qr, .page-qr-print', tree)).toBeUndefined();
    expect(select('link[rel=manifest]', tree)?.properties.href).toMatch(/\/manifest\.webmanifest$/);
    expect(select('link[rel=apple-touch-icon]', tree)?.properties.href).toMatch(/\/icon-180\.png$/);
  });

  it('names no host anywhere but those of content/sources.yaml', () => {
    const listed = new Set(sourceHosts(data.sources));
    const named = htmlFiles().flatMap((file) =>
      [...readDist(`${DIST}/${file}`).matchAll(/https?:\/\/[^"'\s<>）)]+/g)].map((m) => m[0]),
    );
    const others = named.filter((u) => !listed.has(new URL(u).host) && u !== 'http://www.w3.org/2000/svg');
    expect([...new Set(others)]).toEqual([]);
    // The official text's page is among them, and pages name it.
    expect(named).toContain(officialTextSource(data.sources).url);
  });

  it.each(htmlFiles())(
    '%s: every line saying 权威文本以…为准 links the official text’s page of content/sources.yaml',
    (file) => {
      const tree = parse(readDist(`${DIST}/${file}`));
      // The innermost line that says it: a paragraph, a list item, or one of the banner's two spans.
      const LINE = 'p, li, dd, .banner-long, .banner-short';
      const says = (el: Parameters<typeof toString>[0]) => /权威文本以.*为准/.test(toString(el));
      // selectAll counts the element itself among its matches.
      const lines = selectAll(LINE, tree).filter(
        (el) => says(el) && !selectAll(LINE, el).some((inner) => inner !== el && says(inner)),
      );
      // Every page but the 404 says it twice at least: in the header's notice and in the footer.
      if (file !== '404.html') expect(lines.length, file).toBeGreaterThanOrEqual(2);
      for (const line of lines) {
        const links = selectAll('a.official-link', line).map((a) => a.properties.href);
        expect(links.length, `${file}: ${toString(line)}`).toBeGreaterThan(0);
        expect(new Set(links), `${file}: ${toString(line)}`).toEqual(new Set([officialTextSource(data.sources).url]));
      }
    },
  );

  it('without REPORT_URL, links no error report', () => {
    for (const file of htmlFiles())
      expect(select('.report-link', parse(readDist(`${DIST}/${file}`))), file).toBeUndefined();
    // 文件信息 still says what is known of the capture, and the plan's period.
    const info = toString(parse(readDist(`${DIST}/document/index.html`)));
    expect(info).toContain(ui.capture(data.document.published, data.document.sourceLocation));
    expect(info).toContain(ui.period);
  });

  it('writes no sitemap, and robots.txt names none', () => {
    expect(existsSync(`${DIST}/sitemap-index.xml`)).toBe(false);
    expect(readFileSync(`${DIST}/robots.txt`, 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it('has a manifest whose icons are files of the build', () => {
    const manifest = JSON.parse(readFileSync(`${DIST}/manifest.webmanifest`, 'utf8'));
    expect(manifest).toMatchObject({ lang: 'zh-CN', start_url: './', short_name: ui.siteShort });
    for (const icon of manifest.icons) expect(existsSync(`${DIST}/${icon.src}`), icon.src).toBe(true);
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
  });
});

describe('the version', () => {
  it.each(htmlFiles())('%s gives the version and the date of the commit it was built from', (file) => {
    const footer = select('footer .site-version', parse(readDist(`${DIST}/${file}`)));
    expect(toString(footer!)).toBe(ui.footerVersion(version, date));
  });

  it('文件信息 says what changed in every version, this one first', () => {
    const tree = parse(readDist(`${DIST}/document/index.html`));
    const versions = selectAll('#changelog ~ section h3, section:has(> #changelog) h3', tree).map((h) => toString(h));
    expect(versions).toEqual(data.changelog.map((c) => ui.changelogVersion(c.version, c.date)));
    expect(data.changelog[0]?.version).toBe(version);
  });
});
