/**
 * The offline archive (npm run archive), built twice from this commit and
 * unzipped: the two zips are byte-identical, `sha256sum -c SHA256SUMS`
 * passes inside the folder, every href and src names a file on disk, and
 * Chromium reads it from file:// with no server: from the home page to task 9
 * by clicking links, with no request to anything but a file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv } from '../support/astro.ts';
import { launch } from '../support/browser.ts';
import { createLinkChecker } from '../support/links.ts';
import { rankOf, runQueries } from '../support/search-run.ts';
import { EVERYDAY, GUIDE, NO_MATCH, PLAN_TERMS } from '../fixtures/search-queries.ts';

const TMP = resolve('tests/.tmp/archive');

/** Runs npm run archive's script into `out` and returns the zip it wrote. */
function makeArchive(out: string): string {
  rmSync(out, { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['scripts/archive.ts', '--out', out], { encoding: 'utf8', env: cleanEnv() });
  if (r.status !== 0) throw new Error(`npm run archive failed:\n${r.stdout}\n${r.stderr}`);
  const [zip] = globSync('*.zip', { cwd: out });
  if (!zip) throw new Error(`no zip in ${out}`);
  return join(out, zip);
}

let zips: [string, string];
let root: string;
beforeAll(() => {
  zips = [makeArchive(join(TMP, 'one')), makeArchive(join(TMP, 'two'))];
  const unzipped = join(TMP, 'unzipped');
  rmSync(unzipped, { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(unzipSync(readFileSync(zips[0])))) {
    mkdirSync(dirname(join(unzipped, path)), { recursive: true });
    writeFileSync(join(unzipped, path), bytes);
  }
  const [folder, ...more] = globSync('*', { cwd: unzipped });
  expect(more).toEqual([]);
  root = join(unzipped, folder!);
}, 240_000);

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
    const files = globSync('**/*', { cwd: root, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(root.length + 1))
      .filter((f) => f !== 'SHA256SUMS');
    expect(listed.sort()).toEqual(files.sort());
  });

  it('names a file on disk with every href and src of every page, fragments included', () => {
    const brokenLinks = createLinkChecker({ dist: root, mode: 'relative' });
    const pages = globSync('**/*.html', { cwd: root });
    expect(pages).toContain('404.html');
    expect(pages.flatMap((p) => brokenLinks(p))).toEqual([]);
  });

  it('leaves out what browsers block on file://: Pagefind, module scripts', () => {
    expect(globSync('pagefind/**', { cwd: root })).toEqual([]);
    for (const page of globSync('**/*.html', { cwd: root }))
      expect(readFileSync(join(root, page), 'utf8'), page).not.toMatch(/<script[^>]*type="module"/);
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
    const page = await browser.newPage();
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
    await page.close();
  });

  it('searches with the query core: 双师型 finds task 9, 中职能上大学吗 its answer, and every query set holds', async () => {
    const { page, offFile, violations } = await filePage();
    await page.goto(pathToFileURL(join(root, 'search/index.html')).href);
    await page.locator('#search-q').fill('双师型');
    await page.locator('#search-q').press('Enter');
    await page.waitForSelector('.search-results h2 a');
    await page.locator('.search-results h2 a', { hasText: '加强高水平职教师资队伍建设' }).first().click();
    await page.waitForURL(`${pathToFileURL(join(root, 'plan/tasks/09/index.html')).href}#p1`);
    expect(offFile).toEqual([]);
    expect(violations).toEqual([]);
    await page.close();

    const sets = [...PLAN_TERMS, ...EVERYDAY, ...GUIDE];
    const runs = await runQueries(
      browser,
      `${pathToFileURL(root).href}/`,
      [...sets.map((e) => e.q), ...NO_MATCH],
      'search/index.html',
    );
    expect(runs.get('中职能上大学吗')?.links.slice(0, 3)).toContain('/faq/#zhongzhi-shang-daxue');
    const misses = sets.filter((e) => {
      const rank = rankOf(runs.get(e.q), e);
      return rank === 0 || rank > e.within;
    });
    expect(misses.map((e) => `${e.q}: ${runs.get(e.q)?.links.slice(0, 5).join(' ')}`)).toEqual([]);
    for (const q of NO_MATCH) expect(runs.get(q)?.text, q).toContain('没有找到');
    expect(new Set([...runs.values()].map((r) => r.backend))).toEqual(new Set(['archive']));
  });
});
