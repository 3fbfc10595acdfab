/**
 * The offline archive (npm run archive), built twice from this commit and
 * unzipped: the two zips are byte-identical, `sha256sum -c SHA256SUMS`
 * passes inside the folder, every href and src names a file on disk, and
 * Chromium reads it from file:// with no server: from the home page to task 9
 * by clicking links, and search, with no request to anything but a file.
 * The single-file 全文.html opens alone from file:// with its styles and no
 * CSP violation; 关于本离线版 says what the copy is. A third build with a
 * SITE_URL names the online address.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/astro.ts';
import { expectNoViolations } from '../support/checks/axe.ts';
import { launch } from '../support/browser.ts';
import { filesIn } from '../../scripts/lib/files.ts';
import { createLinkChecker } from '../../scripts/lib/link-check.ts';
import { loadPlan } from '../../src/loaders/plan.ts';
import { officialTextSource, sourceHosts } from '../../src/lib/sources.ts';
import { ROUTES } from '../../src/lib/url.ts';
import { extractOfficial, parse, requireDist } from '../support/dist.ts';
import { looseGroups } from '../support/kept.ts';
import { blocksNotInOrder, epubcheck, placedChars, readEpub, restoredOffsets } from '../support/editions.ts';
import { differencesFromSource, want } from '../support/fidelity.ts';
import {
  dottedBelow,
  pdfFonts,
  pdfInfo,
  pdfJsText,
  pdfOutline,
  pdfPageImage,
  pdfPages,
  pdfUrls,
  type Bookmark,
  type PdfPage,
  type Word,
} from '../support/pdf-read.ts';
import jsQR from 'jsqr';
import { EDITION_KINDS, titledName } from '../../src/lib/editions.ts';
import { ui } from '../../src/ui/strings.ts';
import { rankOf, runQueries } from '../support/search-run.ts';
import { ALL_SETS, glossaryForms, missedForms, NO_MATCH } from '../fixtures/search-queries.ts';

const TMP = resolve('tests/.tmp/archive');

const ONLINE = 'https://example.gov.cn/qijiang/';
const SINGLE = ROUTES.fullTextFile.slice(1);
const { sources } = loadPlan('content').data;
/** Off the copy, pages link only the official pages content/sources.yaml lists. */
const allowedHosts = sourceHosts(sources);

/** Runs npm run archive's script into `out` and returns the zip it wrote. */
function makeArchive(out: string, env: Record<string, string> = {}): string {
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['scripts/archive.ts', '--out', out], {
    encoding: 'utf8',
    env: { ...cleanEnv(), ...env },
  });
  if (r.status !== 0) throw new Error(`npm run archive failed:\n${r.stdout}\n${r.stderr}`);
  const [zip] = globSync('*.zip', { cwd: out });
  if (!zip) throw new Error(`no zip in ${out}`);
  return join(out, zip);
}

/** Unzips into `into` and returns the one folder the zip holds. */
function unzipTo(zip: string, into: string): string {
  rmSync(into, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(into, path)), { recursive: true });
    writeFileSync(join(into, path), bytes);
  }
  const [folder, ...more] = globSync('*', { cwd: into });
  expect(more).toEqual([]);
  return join(into, folder!);
}

let zips: [string, string];
let root: string;
let online: string;
beforeAll(() => {
  zips = [makeArchive(join(TMP, 'one')), makeArchive(join(TMP, 'two'))];
  root = unzipTo(zips[0], join(TMP, 'unzipped'));
  online = unzipTo(makeArchive(join(TMP, 'online'), { SITE_URL: ONLINE }), join(TMP, 'online-unzipped'));
}, 600_000);

describe('the archive', () => {
  it('is one zip named after the document number and version, holding one folder of that name', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    expect(zips[0].endsWith(`/qijiao-2023-17-v${version}.zip`)).toBe(true);
    expect(root.endsWith(`/qijiao-2023-17-v${version}`)).toBe(true);
  });

  it('is byte-identical when built twice from the same commit', () => {
    expect(readFileSync(zips[0]).equals(readFileSync(zips[1]))).toBe(true);
  });

  it('passes sha256sum -c SHA256SUMS inside the folder, which lists every other file', () => {
    const out = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: root, encoding: 'utf8' });
    const listed = out
      .trim()
      .split('\n')
      .map((l) => l.replace(/: OK$/, ''));
    const files = filesIn(root).filter((f) => f !== 'SHA256SUMS');
    expect(listed.sort()).toEqual(files.sort());
  });

  it('names a file on disk with every href and src of every page, fragments included', () => {
    const brokenLinks = createLinkChecker({ dist: root, mode: 'relative', allowedHosts });
    const pages = globSync('**/*.html', { cwd: root });
    expect(pages).toContain('404.html');
    expect(pages.flatMap((p) => brokenLinks(p))).toEqual([]);
  });

  it('holds only files a page reaches, besides its entry points and SHA256SUMS', () => {
    const reached = new Set<string>();
    const walk = createLinkChecker({ dist: root, mode: 'relative', allowedHosts, onTarget: (f) => reached.add(f) });
    for (const page of globSync('**/*.html', { cwd: root })) walk(page);
    const entries = ['index.html', '404.html', SINGLE, 'SHA256SUMS'];
    expect(filesIn(root).filter((f) => !reached.has(f) && !entries.includes(f))).toEqual([]);
    // What the online site needs and a copy on disk does not: the web-app manifest and its icons, robots.txt.
    for (const f of ['manifest.webmanifest', 'icon-192.png', 'icon-512.png', 'robots.txt'])
      expect(existsSync(join(root, f)), f).toBe(false);
  });

  it('keeps what a page reaches only with a site address: the print stylesheet of link addresses', () => {
    expect(existsSync(join(root, ROUTES.printAddresses.slice(1)))).toBe(false);
    expect(existsSync(join(online, ROUTES.printAddresses.slice(1)))).toBe(true);
  });

  it('keeps every group whole on every page, its own two included (tests/site/kept.test.ts)', () => {
    for (const page of globSync('**/*.html', { cwd: root }))
      expect(looseGroups(readFileSync(join(root, page), 'utf8')), page).toEqual([]);
  });

  it('leaves out what browsers block on file://: Pagefind, module scripts', () => {
    expect(globSync('pagefind/**', { cwd: root })).toEqual([]);
    for (const page of globSync('**/*.html', { cwd: root }))
      expect(readFileSync(join(root, page), 'utf8'), page).not.toMatch(/<script[^>]*type="module"/);
  });

  it('leaves out the JSON only the online search fetches: its search page names search-data.js', () => {
    expect(existsSync(join(root, 'search-data.json'))).toBe(false);
    const box = select('#search-results', parse(readFileSync(join(root, 'search/index.html'), 'utf8')));
    expect(box?.properties.dataData).toBe('../search-data.js');
    expect(box?.properties.dataPagefind).toBeUndefined();
    expect(existsSync(join(root, 'search-data.js'))).toBe(true);
  });
});

describe('全文.html, the single file for phones', () => {
  const { data } = loadPlan('content');
  const html = () => readFileSync(join(root, SINGLE), 'utf8');

  it('is written beside the zip too, the same bytes as in the folder', () => {
    expect(readFileSync(join(TMP, 'one', SINGLE)).equals(readFileSync(join(root, SINGLE)))).toBe(true);
  });

  it('needs no other file: one inline style, no script, nothing loaded, every link a fragment it holds or the official page', () => {
    const tree = parse(html());
    expect(selectAll('style', tree)).toHaveLength(1);
    expect(selectAll('script, link, img, iframe, object, [src], [srcset]', tree).map((e) => e.tagName)).toEqual([]);
    const ids = new Set(selectAll('[id]', tree).map((e) => String(e.properties.id)));
    const hrefs = selectAll('a[href]', tree).map((a) => String(a.properties.href));
    expect(hrefs.length).toBeGreaterThan(100);
    const outside = hrefs.filter((h) => !(h.startsWith('#') && ids.has(decodeURIComponent(h.slice(1)))));
    expect([...new Set(outside)]).toEqual([officialTextSource(sources).url]);
  });

  it("lists its style's sha256 in the CSP <meta> that precedes it", () => {
    const page = html();
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    const csp = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(page);
    expect(csp?.[1]).toMatch(new RegExp(`style-src [^;]*'sha256-${hash.replace(/[+/]/g, '\\$&')}'`));
    expect(csp!.index).toBeLessThan(page.indexOf('<style>'));
  });

  it('holds the whole text exactly, as the fidelity tests rebuild it from the capture', () => {
    expect(differencesFromSource(extractOfficial(html(), SINGLE))).toBe('');
  });

  it('explains the marks, lists every correction, and defines every term the text links', () => {
    const tree = parse(html());
    expect(select('.marks-legend a[href="#corrections"]', tree)).toBeTruthy();
    const listed = selectAll('#corrections li[id]', tree).map((e) => String(e.properties.id));
    expect(listed).toEqual(data.corrections.map((c) => c.id));
    const linked = [...new Set(selectAll('a.term', tree).map((a) => String(a.properties.href)))];
    expect(linked.length).toBeGreaterThan(20);
    for (const href of linked) {
      const term = data.glossary.find((g) => href === `#glossary-${g.slug}`);
      expect(term, href).toBeDefined();
      const dt = select(href, tree);
      expect(dt?.tagName).toBe('dt');
      expect(dt ? toString(dt) : '').toBe(term!.term);
    }
    const dds = selectAll('.single-file-glossary dd', tree).length;
    expect(dds).toBe(linked.length);
  });

  it('passes html-validate', async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(join(root, SINGLE));
    expect(
      report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)),
    ).toEqual([]);
  });
});

describe('关于本离线版', () => {
  const { data } = loadPlan('content');
  const PAGE = 'about-this-copy/index.html';
  const textOf = (dir: string) => {
    const main = select('main', parse(readFileSync(join(dir, PAGE), 'utf8')));
    return main ? toString(main) : '';
  };
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();

  it('names the document and its number, the version, the commit and its date, and how to check the copy', () => {
    const text = textOf(root);
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
    const date = new Date(Number(git('log', '-1', '--format=%ct')) * 1000).toISOString().slice(0, 10);
    for (const part of [
      data.document.documentNumber,
      version,
      git('rev-parse', 'HEAD'),
      date,
      'sha256sum -c SHA256SUMS',
    ])
      expect(text).toContain(part);
    // Said only when true: a build from a changed checkout is not the commit it names.
    expect(text.includes('未提交的修改')).toBe(git('status', '--porcelain', '--untracked-files=no') !== '');
    expect(text).not.toContain('网上地址');
    expect(select(`main a[href="../${SINGLE}"]`, parse(readFileSync(join(root, PAGE), 'utf8')))).toBeTruthy();
  });

  it("is linked from every page's footer", () => {
    const pages = globSync('**/*.html', { cwd: root }).filter((p) => p !== SINGLE);
    const without = pages.filter(
      (p) =>
        !selectAll('footer a[href]', parse(readFileSync(join(root, p), 'utf8'))).some(
          (a) => posix.join(posix.dirname(p), String(a.properties.href)) === PAGE,
        ),
    );
    expect(pages.length).toBeGreaterThan(100);
    expect(without).toEqual([]);
  });

  it('with a site address, names it; the single file links to the text online', () => {
    const brokenLinks = createLinkChecker({ dist: online, mode: 'relative', site: ONLINE, allowedHosts });
    expect(globSync('**/*.html', { cwd: online }).flatMap((p) => brokenLinks(p))).toEqual([]);
    expect(textOf(online)).toContain('网上地址');
    expect(select(`main a[href="${ONLINE}"]`, parse(readFileSync(join(online, PAGE), 'utf8')))).toBeTruthy();
    expect(select(`a[href="${ONLINE}full-text/"]`, parse(readFileSync(join(online, SINGLE), 'utf8')))).toBeTruthy();
  });
});

describe('the archive from file:// in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A page that records every request that is not a file and every CSP violation. */
  async function filePage(): Promise<{ page: Page; offFile: string[]; violations: string[] }> {
    // A context of its own: axe runs only in a page of a context it can reach.
    const page = await (await browser.newContext()).newPage();
    const offFile: string[] = [];
    const violations: string[] = [];
    page.on('request', (r) => {
      if (!/^(file|data):/.test(r.url())) offFile.push(r.url());
    });
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(`error: ${e.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Refused to load: ${e.violatedDirective}`),
      );
    });
    return { page, offFile, violations };
  }

  it('goes from the home page to task 9 by clicking links, asking for nothing but files', async () => {
    const { page, offFile, violations } = await filePage();
    await page.goto(pathToFileURL(join(root, 'index.html')).href);
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    await page.locator('a[href="plan/index.html"]').first().click();
    await page.waitForURL(pathToFileURL(join(root, 'plan/index.html')).href);
    await page.locator('a[href="tasks/09/index.html"]:visible').first().click();
    await page.waitForURL(pathToFileURL(join(root, 'plan/tasks/09/index.html')).href);
    await expect(page.locator('h1').innerText()).resolves.toContain('加强高水平职教师资队伍建设');
    expect(offFile).toEqual([]);
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('searches with the query core: 双师型 finds task 9, 中职能上大学吗 its answer, every query set and every glossary term holds', async () => {
    const { page, offFile, violations } = await filePage();
    await page.goto(pathToFileURL(join(root, 'search/index.html')).href);
    await page.locator('#search-q').fill('双师型');
    await page.locator('#search-q').press('Enter');
    await page.waitForSelector('.search-results h2 a');
    await page.locator('.search-results h2 a', { hasText: '加强高水平职教师资队伍建设' }).first().click();
    await page.waitForURL(`${pathToFileURL(join(root, 'plan/tasks/09/index.html')).href}#p1`);
    expect(offFile).toEqual([]);
    expect(violations).toEqual([]);
    await page.context().close();

    // The typing sets too: the archive ships the same typing data in search-data.js.
    const sets = ALL_SETS;
    const forms = glossaryForms();
    const runs = await runQueries(
      browser,
      `${pathToFileURL(root).href}/`,
      [...sets.map((e) => e.q), ...NO_MATCH, ...forms.map((f) => f.form)],
      'search/index.html',
    );
    expect(runs.get('中职能上大学吗')?.links.slice(0, 3)).toContain('/faq/#zhongzhi-shang-daxue');
    const misses = sets.filter((e) => {
      const rank = rankOf(runs.get(e.q), e);
      return rank === 0 || rank > e.within;
    });
    expect(misses.map((e) => `${e.q}: ${runs.get(e.q)?.links.slice(0, 5).join(' ')}`)).toEqual([]);
    for (const q of NO_MATCH) expect(runs.get(q)?.text, q).toContain('没有找到');
    expect(missedForms(forms, (form) => runs.get(form)?.links ?? [])).toEqual([]);
    expect(new Set([...runs.values()].map((r) => r.backend))).toEqual(new Set(['archive']));
  });

  it('opens 全文.html alone from file:// with its styles, asking for no other file, breaking no CSP rule, passing axe', async () => {
    const alone = join(TMP, 'alone');
    rmSync(alone, { recursive: true, force: true });
    mkdirSync(alone, { recursive: true });
    copyFileSync(join(root, SINGLE), join(alone, SINGLE));
    const { page, offFile, violations } = await filePage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(join(alone, SINGLE)).href;
    await page.goto(url);
    expect(requests).toEqual([url]);
    // The inline stylesheet applied: the site's margins, and the legend's box.
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');
    expect(await page.locator('.marks-legend').evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe('solid');
    // A term leads to its definition, further down the same file.
    const term = page.locator('main a.term').first();
    const href = await term.getAttribute('href');
    await term.click();
    expect(page.url()).toBe(`${url}${href}`);
    await expect(page.locator(href!).isVisible()).resolves.toBe(true);
    // The same accessibility rules as every page of the site, light and dark.
    await expectNoViolations(page);
    expect(offFile).toEqual([]);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe('the PDF edition, read by poppler and pdf.js', () => {
  const { data } = loadPlan('content');
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const docNo = data.document.documentNumber;
  const pdfIn = (dir: string) => join(dir, `qijiao-2023-17-v${version}.pdf`);
  // The single file's print margins (src/styles/single-file.css): the running heads and page numbers live there.
  const MM = 72 / 25.4;
  const isBody = (w: Word, p: PdfPage) => {
    const middle = (w.yMin + w.yMax) / 2;
    return middle > 20 * MM && middle < p.height - 18 * MM;
  };
  let pages: PdfPage[];
  let outline: Bookmark[];
  beforeAll(async () => {
    pages = pdfPages(pdfIn(join(TMP, 'one')));
    outline = await pdfOutline(pdfIn(join(TMP, 'one')));
  });
  const appendixPages = () =>
    [ui.corrections, ui.singleFile.glossary].map((t) => outline.find((b) => b.title === t)?.page ?? 0);

  it('is written under its ASCII name and its Chinese title, byte-identical in two runs, and in the zip', () => {
    const one = readFileSync(pdfIn(join(TMP, 'one')));
    expect(one.equals(readFileSync(pdfIn(join(TMP, 'two'))))).toBe(true);
    expect(one.equals(readFileSync(join(TMP, 'one', titledName(docNo, 'pdf'))))).toBe(true);
    expect(one.equals(readFileSync(join(root, titledName(docNo, 'pdf'))))).toBe(true);
    expect(readFileSync(join(root, 'SHA256SUMS'), 'utf8')).toContain(`  ${titledName(docNo, 'pdf')}\n`);
    expect(one.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('says its title, its pages and that it is tagged (pdfinfo), dated by the commit, not the clock', () => {
    const info = pdfInfo(pdfIn(join(TMP, 'one')));
    const planTitle = data.units.find((u) => u.kind === 'front')!.title;
    expect(info.get('Title')).toBe(ui.editions.title(planTitle, docNo));
    expect(info.get('Tagged')).toBe('yes');
    expect(Number(info.get('Pages'))).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(10);
    expect(info.get('Page size')).toMatch(/\(A4\)/);
    expect(info.get('Creator')).toContain(version);
    expect(info.get('Keywords')).toContain(docNo);
    const commit = Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }));
    expect(info.get('CreationDate')).toBe(new Date(commit * 1000).toISOString().replace(/\.\d+Z$/, 'Z'));
  });

  it('embeds every font with a ToUnicode map (pdffonts)', () => {
    const fonts = pdfFonts(pdfIn(join(TMP, 'one')));
    expect(fonts.length).toBeGreaterThan(10);
    expect(fonts.filter((f) => !f.embedded || !f.toUnicode).map((f) => f.line)).toEqual([]);
  });

  it('holds every block of the official text in order (pdftotext, margins left out)', () => {
    const text = placedChars(pages, isBody, 2)
      .map((c) => c.char)
      .join('');
    expect(blocksNotInOrder(text)).toEqual([]);
  });

  it('copies and searches as its text: no glyph is named by a CJK radical (pdf.js, which reads the maps as they are)', async () => {
    const text = (await pdfJsText(pdfIn(join(TMP, 'one')))).replace(/\s+/g, '');
    expect([...new Set([...text].filter((c) => /[\u2e80-\u2fdf]/u.test(c)))]).toEqual([]);
    expect(text).toContain(data.units.find((u) => u.kind === 'front')!.title);
  });

  it('shows the document number, 非官方阅读版 and 第N页 共M页 in the margins of every page but the cover', () => {
    const margins = pages.map((p) =>
      p.words
        .filter((w) => !isBody(w, p))
        .map((w) => w.text)
        .join(''),
    );
    expect(margins[0]).toBe('');
    const n = pages.length;
    const [before, between, after] = ui.editions.pageOf;
    const expected = (page: number) =>
      `${docNo}${ui.editions.kind}${before}${page}${between}${n}${after}`.replace(/\s/g, '');
    expect(margins.slice(1).filter((m, i) => m !== expected(i + 2))).toEqual([]);
  });

  it('has a bookmark for every part, section, group, task and measure, tasks under their groups, numbers set apart', () => {
    const titles = (bs: readonly Bookmark[]): unknown[] =>
      bs.map((b) => (b.kids.length ? { [b.title]: titles(b.kids) } : b.title));
    const heading = (u: (typeof data.units)[number]) => (u.kind === 'task' ? `${u.number} ${u.title}` : u.heading);
    const under = (key: string): unknown[] =>
      data.units
        .filter((u) => u.parent === key)
        .map((u) => (data.units.some((k) => k.parent === u.key) ? { [heading(u)]: under(u.key) } : heading(u)));
    const notice = data.units.find((u) => u.kind === 'notice')!;
    const front = data.units.find((u) => u.kind === 'front')!;
    const plan = outline.find((b) => b.title === notice.heading)?.kids.find((b) => b.title === front.heading);
    expect(titles(plan?.kids ?? [])).toEqual(under(front.key));
    expect(data.units.filter((u) => u.kind === 'task')).toHaveLength(26);
    // The appendices stand beside the notice, not under it.
    expect(outline.map((b) => b.title)).toEqual([
      ui.marksLegend,
      notice.heading,
      ui.corrections,
      ui.singleFile.glossary,
    ]);
  });

  it('has no page more than half blank but the cover, the last page and the page before each appendix', () => {
    const exempt = new Set([1, pages.length, ...appendixPages().map((p) => p - 1)]);
    const half = pages.flatMap((p, i) => {
      const body = p.words.filter((w) => isBody(w, p));
      const filled = body.length
        ? (Math.max(...body.map((w) => w.yMax)) - Math.min(...body.map((w) => w.yMin))) / (p.height - 38 * MM)
        : 0;
      return exempt.has(i + 1) || filled >= 0.5 ? [] : [{ page: i + 1, filled: Math.round(filled * 100) }];
    });
    expect(appendixPages().every((p) => p > 1)).toBe(true);
    expect(half).toEqual([]);
  });

  it('lists every correction in its appendix, and shows each restored character underlined with dots', () => {
    const [from, to] = appendixPages();
    const appendix = pages
      .slice(from! - 1, to! - 1)
      .flatMap((p) => p.words.filter((w) => isBody(w, p)).map((w) => w.text))
      .join('')
      .replace(/\s+/g, '');
    let at = 0;
    for (const c of data.corrections) {
      const found = appendix.indexOf(`${c.id}`, at);
      expect(found, c.id).toBeGreaterThanOrEqual(0);
      at = found;
    }
    // Where each restored character falls in the PDF: its block found in order, then its offset in the block.
    const chars = placedChars(pages, isBody, 2);
    const text = chars.map((c) => c.char).join('');
    const marked = new Set<Word>();
    const official = new Set<Word>();
    const blocks = new Map(restoredOffsets(readFileSync(join(root, SINGLE), 'utf8')).map((r) => [r.id, r.offsets]));
    let cursor = 0;
    for (const b of want) {
      const squeezed = b.text.replace(/\s+/g, '');
      const start = text.indexOf(squeezed, cursor);
      expect(start, b.id).toBeGreaterThanOrEqual(0);
      cursor = start + squeezed.length;
      for (const c of chars.slice(start, cursor)) official.add(c.word);
      for (const o of blocks.get(b.id) ?? []) marked.add(chars[start + o]!.word);
    }
    // The heading splits restore only a space; every other restoration is a character to see.
    expect(marked.size).toBeGreaterThan(5);
    const pageOf = new Map(chars.map((c) => [c.word, c.page]));
    const unmarked: string[] = [];
    for (const page of new Set([...marked].map((w) => pageOf.get(w)!))) {
      const img = pdfPageImage(pdfIn(join(TMP, 'one')), page, 150);
      for (const w of official) {
        if (pageOf.get(w) !== page) continue;
        // A line with a restored character shows the dots; one without shows none, so they are the marks.
        if (marked.has(w) && !dottedBelow(img, w)) unmarked.push(`page ${page}, no dots: ${w.text}`);
        if (!marked.has(w) && dottedBelow(img, w)) unmarked.push(`page ${page}, dots without a mark: ${w.text}`);
      }
    }
    expect(unmarked).toEqual([]);
  });

  it('names no file:, localhost or 127.0.0.1 address, and no host but the official page’s without a site address', () => {
    const official = officialTextSource(sources).url;
    expect(pdfUrls(pdfIn(join(TMP, 'one'))).filter((u) => u !== official)).toEqual([]);
    const urls = pdfUrls(pdfIn(join(TMP, 'online')));
    expect(urls.length).toBeGreaterThan(0);
    expect(
      urls.filter((u) => /^file:|localhost|127\.0\.0\.1/.test(u) || !(u.startsWith(ONLINE) || u === official)),
    ).toEqual([]);
  });

  it('with a site address, shows it on the cover with a QR code that reads it', () => {
    const file = pdfIn(join(TMP, 'online'));
    const cover = pdfPages(file)[0]!
      .words.map((w) => w.text)
      .join('');
    expect(cover).toContain(ONLINE);
    const img = pdfPageImage(file, 1, 100);
    const rgba = new Uint8ClampedArray(img.width * img.height * 4);
    img.data.forEach((v, i) => rgba.set([v, v, v, 255], i * 4));
    expect(jsQR(rgba, img.width, img.height)?.data).toBe(ONLINE);
  });
});

describe('the EPUB edition', () => {
  const { data } = loadPlan('content');
  const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
  const docNo = data.document.documentNumber;
  const epubIn = (dir: string) => join(dir, `qijiao-2023-17-v${version}.epub`);

  it('passes epubcheck with no error and no warning', () => {
    // The one with a site address: its cover holds the QR code, an SVG the package must declare.
    const verdict = epubcheck(epubIn(join(TMP, 'online')));
    expect({ fatals: verdict.fatals, errors: verdict.errors, warnings: verdict.warnings }, verdict.report).toEqual({
      fatals: 0,
      errors: 0,
      warnings: 0,
    });
  }, 120_000);

  it('is byte-identical in two runs, in the zip under its title, mimetype first and stored', () => {
    const one = readFileSync(epubIn(join(TMP, 'one')));
    expect(one.equals(readFileSync(epubIn(join(TMP, 'two'))))).toBe(true);
    expect(one.equals(readFileSync(join(root, titledName(docNo, 'epub'))))).toBe(true);
    expect(readFileSync(join(root, 'SHA256SUMS'), 'utf8')).toContain(`  ${titledName(docNo, 'epub')}\n`);
    // The zip's first local header: stored (method 0), named mimetype, holding the type.
    expect(one.readUInt32LE(0)).toBe(0x04034b50);
    expect(one.readUInt16LE(8)).toBe(0);
    expect(one.subarray(30, 38).toString()).toBe('mimetype');
    expect(one.subarray(30 + 8 + one.readUInt16LE(28), 30 + 8 + one.readUInt16LE(28) + 20).toString()).toBe(
      'application/epub+zip',
    );
  });

  it('holds every block of the official text exactly, in reading order', () => {
    const { files, spine } = readEpub(readFileSync(epubIn(join(TMP, 'one'))));
    expect(spine.length).toBeGreaterThan(10);
    const blocks = spine.flatMap((f) => extractOfficial(files.get(f) ?? '', f));
    expect(differencesFromSource(blocks)).toBe('');
    for (const f of spine) expect(files.get(f), f).toMatch(/<html [^>]*lang="zh-CN" xml:lang="zh-CN"/);
  });

  it('opens with the cover, mirrors the plan in its contents, and ends with the corrections and the glossary', () => {
    const { files, spine } = readEpub(readFileSync(epubIn(join(TMP, 'one'))));
    const text = (f: string) => toString(parse(files.get(f) ?? ''));
    const cover = text(spine[0]!);
    for (const words of [ui.editions.kind, docNo, data.document.sourceLocation]) expect(cover).toContain(words);
    const nav = parse(files.get('OEBPS/nav.xhtml') ?? '');
    const labels = selectAll('nav#toc a', nav).map((a) => toString(a));
    for (const u of data.units.filter((u) => u.kind !== 'notice' && u.kind !== 'front'))
      expect(labels, u.key).toContain(u.kind === 'task' ? `${u.number} ${u.title}` : u.heading);
    const group = selectAll('nav#toc li', nav).find(
      (li) => toString(select('a', li)!) === data.units.find((u) => u.key === 'group-04')!.heading,
    );
    expect(selectAll('li > a', select('ol', group!)!).map((a) => toString(a))).toEqual([
      '8 健全师德师风建设长效机制',
      '9 加强高水平职教师资队伍建设',
    ]);
    const corrections = text(spine.at(-2)!);
    for (const c of data.corrections) expect(corrections).toContain(c.id);
    const glossary = parse(files.get(spine.at(-1)!) ?? '');
    const linked = new Set(
      spine.flatMap((f) => selectAll('a.term', parse(files.get(f) ?? '')).map((a) => String(a.properties.href))),
    );
    expect(linked.size).toBeGreaterThan(20);
    for (const href of linked) expect(select(`[id="${href.split('#')[1]}"]`, glossary), href).toBeTruthy();
  });
});

describe('the editions as the archive lists them', () => {
  const { data } = loadPlan('content');
  const docNo = data.document.documentNumber;

  it.each(['about-this-copy/index.html', 'document/index.html'])('%s links both with their sizes', (page) => {
    const tree = parse(readFileSync(join(root, page), 'utf8'));
    for (const kind of EDITION_KINDS) {
      const file = titledName(docNo, kind);
      const a = selectAll('a[href]', tree).find(
        (e) => String(e.properties.href).endsWith(encodeURI(file)) || String(e.properties.href).endsWith(file),
      );
      expect(a, file).toBeDefined();
      const bytes = readFileSync(join(root, file)).length;
      const shown = /（([\d.]+) (KB|MB)）/.exec(toString(select(`li:has(a[href$="${kind}"])`, tree) ?? tree))!;
      // Within half of the last digit shown.
      const unit = (shown[2] === 'MB' ? 1024 * 1024 : 1024) * (shown[1]!.includes('.') ? 0.1 : 1);
      expect(
        Math.abs(Number(shown[1]) * (shown[2] === 'MB' ? 1024 * 1024 : 1024) - bytes),
        `${page} ${kind}`,
      ).toBeLessThanOrEqual(unit / 2);
    }
  });

  it('lists none in a build without them (the site npm test builds)', () => {
    requireDist();
    const document = readFileSync('dist/document/index.html', 'utf8');
    expect(document).not.toMatch(/\.(pdf|epub)"/);
  });
});
