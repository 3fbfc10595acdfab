/**
 * The search page in Chromium, over the built site on a local server: the
 * query in the URL gives results that link to the paragraph, the core ranks
 * them (Pagefind only proposes when ?backend=pagefind asks), a partial match
 * is said, nothing typed becomes markup, and with JavaScript off the page
 * says what to do instead.
 * Expected pages were chosen by reading the plan.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-browser.ts';
import { planLinks } from '../support/search-run.ts';

const site = siteInBrowser();

async function searchFor(q: string, options: BrowserContextOptions = {}) {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(`${site.server.url}search/?q=${q}`);
  if (options.javaScriptEnabled !== false) await page.waitForSelector('#search-results[data-done]');
  const links = await page
    .locator('.search-results h2 a')
    .evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
    );
  const results = page.locator('#search-results');
  return { context, page, errors, links, results };
}

describe('the search page', () => {
  it.each<[string, string]>([
    ['双师型', '/plan/tasks/09/#p1'],
    ['三教改革', '/plan/tasks/16/'],
    ['1%2BX', '/plan/general/principles/#p3'],
    ['1%EF%BC%8BX', '/plan/general/principles/#p3'],
    ['职普比', '/plan/general/goals/#p1'],
    ['鲁班工坊', '/plan/tasks/22/#p1'],
    ['中考', '/plan/tasks/19/#p1'],
    ['老年大学', '/plan/tasks/26/#p1'],
  ])('?q=%s links the paragraph %s among the first three plan pages', async (q, expected) => {
    const { context, errors, links } = await searchFor(q);
    expect(planLinks(links).slice(0, 3)).toContain(expected);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("finds the parents' pages as kind guide, each result at its own question or section", async () => {
    const { context, links } = await searchFor(`${encodeURIComponent('上大学')}&kind=guide`);
    expect(links.slice(0, 3)).toContain('/faq/#zhongzhi-shang-daxue');
    expect(links.every((l) => /^\/(faq|guide|targets|institutions)\/#./.test(l))).toBe(true);
    await context.close();
  });

  it('highlights the match in the excerpt and says where the page sits in the plan', async () => {
    const { context, page } = await searchFor(encodeURIComponent('鲁班工坊'));
    const first = page.locator('.search-results li', { has: page.locator('a[href*="/plan/tasks/22/"]') });
    await expect(first.locator('mark').first().innerText()).resolves.toBe('鲁班工坊');
    await expect(first.locator('.search-where').innerText()).resolves.toContain('二、重点任务');
    await context.close();
  });

  it.each([
    ['驾照', '没有找到'],
    [encodeURIComponent('<img src=x onerror=alert(1)>'), '没有找到'],
    [encodeURIComponent('"><script>alert(1)</script>'), '没有找到'],
    ['%E4%ZZ%', '没有找到'],
    [encodeURIComponent('😀😀'), '没有找到'],
    ['x'.repeat(500), '没有找到'],
    ['', '请输入'],
    ['%20%20', '请输入'],
  ])('?q=%s says %s, with no error and no injected markup', async (q, says) => {
    const { context, page, errors, results } = await searchFor(q);
    await expect(results.innerText()).resolves.toContain(says);
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('with no result, links the glossary and 全文 and suggests no fixed examples', async () => {
    const { context, page } = await searchFor('驾照');
    const hrefs = await page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/glossary/', '/full-text/']);
    await context.close();
  });

  it('with part of a question found, says so, marks what each result lacks and suggests the parts alone', async () => {
    const { context, page } = await searchFor(encodeURIComponent('读职高要多少钱'));
    await expect(page.locator('.search-partial').innerText()).resolves.toContain('没有同时包含“职高”和“多少钱”的内容');
    const first = page.locator('.search-results li').first();
    await expect(first.locator('h2').innerText()).resolves.toBe('方案没有写的');
    await expect(first.locator('.search-led').innerText()).resolves.toContain('原文没有“多少钱”');
    await expect(first.locator('mark').first().innerText()).resolves.toBe('学费和资助');
    await expect(page.locator('.search-results li').nth(1).locator('.search-lacks').innerText()).resolves.toBe(
      '不含：多少钱',
    );
    const suggested = await page.locator('.search-suggest a').allInnerTexts();
    expect(suggested).toEqual(expect.arrayContaining(['职高', '中等职业学校']));
    await context.close();
  });

  it('a 300-character query is cut, said to be, and echoed in one short line', async () => {
    const { context, page } = await searchFor(encodeURIComponent('双师型教师'.repeat(60)));
    await expect(page.locator('.search-note').first().innerText()).resolves.toBe('搜索词太长，只搜索了前200个字。');
    const count = page.locator('.search-count');
    const lines = await count.evaluate(
      (p) => p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight),
    );
    expect(Math.round(lines)).toBeLessThanOrEqual(2);
    await context.close();
  });

  it('with JavaScript off, says search needs it and links 全文 and the glossary', async () => {
    const { context, page } = await searchFor('双师型', { javaScriptEnabled: false });
    const text = await page.locator('main').innerText();
    expect(text).toContain('搜索需要浏览器启用 JavaScript');
    await context.close();
  });

  it('/ focuses the search box on any page, and Esc clears the box on the search page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}plan/tasks/09/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-q');
    await page.keyboard.type('双师型');
    expect(await page.locator('#site-q').inputValue()).toBe('双师型');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results[data-done]');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(await page.locator('.search-results li').count()).toBeGreaterThan(0);
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('Escape');
    expect(await page.locator('#search-q').inputValue()).toBe('');
    await context.close();
  });

  it.each<[string, string | undefined, string]>([
    [
      'proposes nothing (a word split it gets wrong)',
      'export async function search() { return { results: [] }; }',
      'pagefind',
    ],
    ['cannot load', undefined, 'text'],
  ])('when Pagefind %s, the core still finds the page from the text and counts it', async (_, body, backend) => {
    const context = await site.browser.newContext();
    await context.route('**/pagefind/pagefind.js', (route) =>
      body === undefined ? route.abort() : route.fulfill({ contentType: 'text/javascript', body }),
    );
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('双师型')}&backend=pagefind`);
    await page.waitForSelector('#search-results[data-done]');
    const links = await page.locator('.search-results h2 a').count();
    expect(await page.locator('.search-results a[href$="/plan/tasks/09/#p1"]').count()).toBe(1);
    expect(await page.locator('#search-results').getAttribute('data-added')).toBe(String(links));
    expect(await page.locator('#search-results').getAttribute('data-backend')).toBe(backend);
    await context.close();
  });

  it('narrows by part and kind in place, says how many each choice holds, and Back restores the search', async () => {
    const { context, page } = await searchFor(encodeURIComponent('三教改革'));
    const part = page.locator('select[name="part"]');
    await expect(part.locator('option[value="tasks"]').innerText()).resolves.toBe('重点任务（1处）');
    await expect(part.locator('option[value=""]').innerText()).resolves.toBe('全部（3处）');
    await part.selectOption('tasks');
    await page.waitForFunction(() => location.search.includes('part=tasks'));
    await page.waitForSelector('#search-results[data-done]');
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent('三教改革')}&part=tasks`);
    const hrefs = () =>
      page
        .locator('.search-results h2 a')
        .evaluateAll((as) =>
          as.map((a) => new URL(a.getAttribute('href') ?? '').pathname + new URL(a.getAttribute('href') ?? '').hash),
        );
    await expect(hrefs()).resolves.toEqual(['/plan/tasks/16/']);
    await page.locator('select[name="kind"]').selectOption('glossary');
    await page.waitForFunction(() => location.search.includes('kind=glossary'));
    await page.waitForSelector('#search-results[data-done]');
    await expect(page.locator('#search-results').innerText()).resolves.toContain('在所选范围里没有找到“三教改革”');
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('kind='));
    await page.waitForSelector('#search-results[data-done]');
    await expect(hrefs()).resolves.toEqual(['/plan/tasks/16/']);
    expect(await part.inputValue()).toBe('tasks');
    await context.close();
  });

  it('answers from the core alone and loads no Pagefind file, unless ?backend=pagefind asks for it', async () => {
    for (const [extra, backend, pagefind] of [
      ['', 'core', false],
      ['&backend=pagefind', 'pagefind', true],
    ] as const) {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`${site.server.url}search/?q=${encodeURIComponent('双师型')}${extra}`, {
        waitUntil: 'networkidle',
      });
      await page.waitForSelector('#search-results[data-done]');
      await page.locator('#search-q').fill('三教改革');
      await page.locator('#search-q').press('Enter');
      await page.waitForFunction(
        () => document.querySelector<HTMLElement>('#search-results')?.dataset.query === '三教改革',
      );
      await page.waitForSelector('#search-results[data-done]');
      await page.waitForLoadState('networkidle');
      expect(await page.locator('#search-results').getAttribute('data-backend')).toBe(backend);
      expect(fetched.some((u) => u.includes('/pagefind/'))).toBe(pagefind);
      expect(new URL(page.url()).searchParams.get('backend')).toBe(pagefind ? 'pagefind' : null);
      await context.close();
    }
  });

  it.each(['plan/tasks/09/', 'glossary/sanjiao-gaige/', 'full-text/', ''])(
    '/%s fetches no search code or index, even with the search box focused and typed into',
    async (path) => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      await page.keyboard.type('双师型');
      await page.waitForLoadState('networkidle');
      expect(fetched.filter((u) => /pagefind|search-data|\/_astro\/.*\.js$/.test(u))).toEqual([]);
      expect(fetched.length).toBeGreaterThan(0);
      await context.close();
    },
  );

  it('runs Pagefind under the page’s policy: WebAssembly compiles there (walk-desktop holds it to no violation)', async () => {
    const { context, page } = await searchFor(`${encodeURIComponent('双师型')}&backend=pagefind`);
    await expect(page.locator('#search-results').getAttribute('data-backend')).resolves.toBe('pagefind');
    // What Pagefind's WebAssembly needs where a CSP header reaches its worker too: compiling in the page.
    const compiled = await page.evaluate(() =>
      WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
        () => 'compiled',
        (e: unknown) => String(e),
      ),
    );
    expect(compiled).toBe('compiled');
    await context.close();
  });
});
