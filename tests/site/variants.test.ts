/**
 * The same site built for a public deploy under a sub-path (with its
 * address, SITE_URL) and with relative links (for a copy opened from disk):
 * every link still resolves, search works under the path a real HTTP
 * server serves it from, and the deploy names every page by its address
 * (sitemap, canonical links, share tags, the printed QR code). Each variant
 * is a real build.
 */
import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro.ts';
import { launch } from '../support/browser.ts';
import { homeFirstScreen } from '../support/checks/layout.ts';
import { PRINT_PAGES, printedLinks, printProblems } from '../support/checks/print.ts';
import { runQueries } from '../support/search-run.ts';
import { startNginx } from '../support/nginx.ts';
import { serveDist } from '../support/server.ts';
import { siteInBrowser } from '../support/site-browser.ts';
import { headerPolicy, metaPolicy } from '../../src/lib/nginx.ts';
import type { LinkMode } from '../../src/lib/url.ts';
import { createLinkChecker } from '../../scripts/lib/link-check.ts';
import { assetReader, policyViolations } from '../support/page-policy.ts';
import { EDITION_KINDS, titledName } from '../../src/lib/editions.ts';
import type { EditionsManifest } from '../../src/schemas/editions.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { officialTextSource, sourceHosts } from '../../src/lib/sources.ts';
import jsQR from 'jsqr';

function build(name: string, env: Record<string, string>): string {
  const out = resolve('tests/.tmp/variants', name);
  rmSync(out, { recursive: true, force: true });
  const r = astroBuild('.', ['--outDir', out], env);
  if (r.status !== 0) throw new Error(`build ${name} failed:\n${r.output}`);
  return out;
}

const SITE = 'https://example.gov.cn/plans/qijiang/';

/**
 * A folder such as npm run archive writes, for the public build to publish (EDITIONS_DIR): its editions.json and two
 * small files in its place. The archive test makes and reads the real editions; this build only links and copies.
 */
function standInEditions(site: string): string {
  const dir = resolve('tests/.tmp/variants/editions');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const version: string = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const manifest: EditionsManifest = {
    version,
    site,
    editions: EDITION_KINDS.map((kind) => {
      const file = `stand-in-v${version}.${kind}`;
      const bytes = Buffer.from(`${kind} stand-in\n`.repeat(kind === 'pdf' ? 40_000 : 2_000));
      writeFileSync(join(dir, file), bytes);
      return { kind, file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
    }),
  };
  writeFileSync(join(dir, 'editions.json'), JSON.stringify(manifest));
  return dir;
}
const { sources } = loadPlan('content').data;
/** The deploy's optional addresses for readers, set in the public build only. */
const OFFICIAL = 'https://example.gov.cn/official/qjjw-2023-17.html';
const REPORT = 'mailto:report@example.org';
const VARIANTS: Array<{ name: string; env: Record<string, string>; base: string; mode: LinkMode }> = [
  // A public deploy: its address (SITE_URL) and the sub-path it is served under.
  {
    name: 'sub-path',
    env: {
      SITE_URL: SITE,
      BASE_PATH: '/plans/qijiang/',
      OFFICIAL_URL: OFFICIAL,
      REPORT_URL: REPORT,
      // The PDF and EPUB editions, published in /editions/ and linked from 文件信息.
      EDITIONS_DIR: standInEditions(SITE),
    },
    base: '/plans/qijiang/',
    mode: 'absolute',
  },
  { name: 'relative', env: { PUBLIC_LINK_MODE: 'relative' }, base: '/', mode: 'relative' },
];

describe.each(VARIANTS)('a $name build', ({ name, env, base, mode }) => {
  const dist = build(name, env);
  const pages = globSync('**/*.html', { cwd: dist }).sort();
  const brokenLinks = createLinkChecker({
    dist,
    base,
    mode,
    ...(env.SITE_URL ? { site: env.SITE_URL } : {}),
    allowed: [env.OFFICIAL_URL, env.REPORT_URL].filter((u) => u !== undefined),
    allowedHosts: sourceHosts(sources),
  });

  it('links OFFICIAL_URL as the official page, else the page content/sources.yaml lists; the error report only when set', () => {
    const document = readFileSync(join(dist, 'document/index.html'), 'utf8');
    const official = [...document.matchAll(/class="official-link" href="([^"]+)"/g)].map((m) => m[1]);
    expect(official.length).toBeGreaterThan(0);
    expect(new Set(official)).toEqual(new Set([env.OFFICIAL_URL ?? officialTextSource(sources).url]));
    for (const page of pages.filter((p) => !p.startsWith('pagefind'))) {
      const html = readFileSync(join(dist, page), 'utf8');
      const report = [...html.matchAll(/class="report-link" href="([^"]+)"/g)].map((m) => m[1]);
      expect(report, page).toEqual(env.REPORT_URL ? [env.REPORT_URL] : []);
    }
  });

  it('links the PDF and EPUB from 文件信息 only when the build publishes them (EDITIONS_DIR), with their sizes', () => {
    const document = readFileSync(join(dist, 'document/index.html'), 'utf8');
    const links = [
      ...document.matchAll(/<a href="([^"]+\.(?:pdf|epub))"[^>]*download="([^"]+)"[^>]*>[^<]*<\/a>（([^）]+)）/g),
    ];
    if (!env.EDITIONS_DIR) {
      expect(links).toEqual([]);
      return;
    }
    expect(links.map((m) => [m[1], m[2]])).toEqual(
      EDITION_KINDS.map((kind) => [
        `${base}editions/stand-in-v${JSON.parse(readFileSync('package.json', 'utf8')).version}.${kind}`,
        titledName('綦教〔2023〕17号', kind),
      ]),
    );
    expect(links.map((m) => m[3])).toEqual(['508 KB', '27 KB']);
  });

  it('has every page, the 404 page included', () => {
    expect(pages).toContain('404.html');
    expect(pages.length).toBeGreaterThanOrEqual(54);
  });

  it.each(pages)('%s: every link resolves', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('keeps the script and style policy on every page, its CSP before any script or style', () => {
    const readAsset = assetReader(dist, base);
    const problems = pages
      .filter((page) => !page.startsWith('pagefind/'))
      .flatMap((page) =>
        policyViolations(readFileSync(join(dist, page), 'utf8'), { page, readAsset }).map((p) => `${page}: ${p}`),
      );
    expect(problems).toEqual([]);
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
    // The sub-path deploy is served by nginx with deploy/nginx.conf, as a district's server would; a copy for a disk
    // by the small Node server.
    const server =
      mode === 'absolute'
        ? await startNginx({ root: dist, base, name: `variant-${name}` })
        : await serveDist(dist, base).then((s) => ({ ...s, requests: () => s.requests }));
    const browser = await launch();
    try {
      const runs = await runQueries(browser, server.url, ['双师型', '驾照'], 'search/?backend=pagefind');
      expect(runs.get('双师型')?.links).toContain('/plan/tasks/09/#p1');
      expect(runs.get('双师型')?.backend).toBe('pagefind');
      expect(runs.get('驾照')?.text).toContain('没有找到');
      expect(server.requests().filter((p) => !p.startsWith(base))).toEqual([]);
      expect(server.requests()).toContain(`${base}pagefind/pagefind.js`);
      if (mode !== 'absolute') return;
      // Under its path: each page's own policy as a header, and the site's 404 page for what is not there.
      const task = await fetch(`${server.url}plan/tasks/09/`);
      const meta = metaPolicy(readFileSync(join(dist, 'plan/tasks/09/index.html'), 'utf8'));
      expect(task.headers.get('content-security-policy')).toBe(headerPolicy(meta!));
      const missing = await fetch(`${server.url}plan/tasks/99/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

/** A built page's public address: `plan/tasks/09/index.html` → SITE + `plan/tasks/09/`. */
const addressOfFile = (file: string) => SITE + file.replace(/index\.html$/, '');

describe('a public deploy', () => {
  const dist = resolve('tests/.tmp/variants', 'sub-path');
  const pages = globSync('**/*.html', { cwd: dist })
    .filter((p) => p !== '404.html')
    .sort();
  // One server under the sub-path and one Chromium for the browser tests below.
  const deployed = siteInBrowser({ dir: dist, base: '/plans/qijiang/' });

  it('lists every page in its sitemap under the site address, and robots.txt names the sitemap', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(maps.length).toBeGreaterThan(0);
    const listed = maps.flatMap((m) => {
      expect(m.startsWith(SITE), m).toBe(true);
      const xml = readFileSync(join(dist, m.slice(SITE.length)), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => x[1]!);
    });
    expect(listed.sort()).toEqual(pages.map(addressOfFile).sort());
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}sitemap-index.xml`);
  });

  it.each(pages)('%s has its canonical address and share tags', (page) => {
    const html = readFileSync(join(dist, page), 'utf8');
    const tag = (re: RegExp) => re.exec(html)?.[1];
    expect(tag(/<link rel="canonical" href="([^"]+)"/)).toBe(addressOfFile(page));
    expect(tag(/<meta property="og:url" content="([^"]+)"/)).toBe(addressOfFile(page));
    expect(tag(/<meta property="og:title" content="([^"]+)"/)).toBe(tag(/<title>([^<]+)<\/title>/));
    expect(tag(/<meta property="og:image" content="([^"]+)"/)).toBe(`${SITE}share.png`);
    expect(tag(/<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
    // The citation a reader copies leads back to the page.
    const cite = tag(/<button[^>]*class="copy-cite"[^>]*data-cite="([^"]+)"/);
    if (cite) expect(cite.endsWith(` ${addressOfFile(page)}`), cite).toBe(true);
  });

  it('serves every page the reader walks to, and each of its files, from under its path', async () => {
    const { server, browser } = deployed;
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (r) => {
        if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
      });
      // The next page's navigation aborts what the last one still had in flight (its favicon): not a failure.
      page.on('requestfailed', (r) => {
        if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`failed ${r.url()}`);
      });
      for (const path of ['', 'plan/tasks/09/', 'guide/', 'targets/', 'glossary/sanjiao-gaige/', 'document/'])
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(failed).toEqual([]);
      expect(server.requests.filter((p) => !p.startsWith('/plans/qijiang/'))).toEqual([]);
    } finally {
      for (const open of browser.contexts()) await open.close();
    }
  });

  it('prints the address of each link within the site, but none inside the official text', async () => {
    const { server, browser } = deployed;
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${server.url}plan/tasks/09/`);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('main a[href^="/"], footer a[href^="/"]')]
          .filter((a) => a.checkVisibility())
          .map((a) => ({
            href: a.getAttribute('href') ?? '',
            official: a.closest('[data-official]') !== null || a.matches('.term, .term-ref'),
            after: getComputedStyle(a, '::after').content,
          })),
      );
      const site = links.filter((l) => !l.official);
      expect(site.length).toBeGreaterThan(3);
      for (const l of site) expect(l.after, l.href).toBe(`"（https://example.gov.cn${l.href}）"`);
      for (const l of links.filter((x) => x.official)) expect(l.after, l.href).toBe('none');
    } finally {
      for (const open of browser.contexts()) await open.close();
    }
  });

  it('prints every kind of page with the address of each link, and no word meant for a screen (A4 PDF)', async () => {
    const { server, browser } = deployed;
    try {
      const page = await browser.newPage();
      const found: string[] = [];
      let addressed = 0;
      for (const path of PRINT_PAGES) {
        await page.goto(`${server.url}${path.slice(1)}`);
        found.push(...(await printProblems(page, { site: SITE })));
        await page.emulateMedia({ media: 'print' });
        addressed += (await page.evaluate(printedLinks, SITE)).links.filter((l) => l.address).length;
        await page.emulateMedia({ media: null });
      }
      expect(found).toEqual([]);
      // Lists that only link print too, now that each link has its address: the guide's 接着看 among them.
      expect(addressed).toBeGreaterThan(PRINT_PAGES.length * 3);
    } finally {
      for (const open of browser.contexts()) await open.close();
    }
  }, 240_000);

  it('shows the official original on the home page’s first screen at 360 × 740', async () => {
    const { server, browser } = deployed;
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(server.url);
      expect(await homeFirstScreen(page)).toEqual([]);
      expect(await page.locator('.home-official a').getAttribute('href')).toBe(OFFICIAL);
    } finally {
      for (const open of browser.contexts()) await open.close();
    }
  });

  it('prints a task page with a QR code that decodes to its address', async () => {
    const { server, browser } = deployed;
    try {
      const page = await browser.newPage();
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${server.url}plan/tasks/09/`);
      const qr = page.locator('.page-qr-print svg');
      await expect(qr.isVisible()).resolves.toBe(true);
      await expect(page.locator('.page-qr').isVisible()).resolves.toBe(false);
      // Rasterise the SVG in the page, as a phone's camera would see the print, and decode it in Node.
      const { width, height, pixels } = await qr.evaluate(async (svg) => {
        const size = 400;
        const img = new Image();
        img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = size;
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, size, size);
        ctx.drawImage(img, 0, 0, size, size);
        return { width: size, height: size, pixels: [...ctx.getImageData(0, 0, size, size).data] };
      });
      const decoded = jsQR(Uint8ClampedArray.from(pixels), width, height);
      expect(decoded?.data).toBe(`${SITE}plan/tasks/09/`);
      expect(await page.locator('.page-qr-print .page-address').innerText()).toBe(`${SITE}plan/tasks/09/`);
    } finally {
      for (const open of browser.contexts()) await open.close();
    }
  });
});
