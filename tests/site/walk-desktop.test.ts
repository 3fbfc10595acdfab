/**
 * Every page at 1280 × 900 in Chromium, opened once (tests/support/walk.ts):
 * it loads under its Content-Security-Policy with no violation and no
 * request to another origin; its targets are at least 44 px; axe-core finds
 * no violation in light and none of the colour rules in dark (reading the
 * site's frame on one page of each kind, checks/axe.ts); no heading
 * breaks “十四五”. The search page is walked with results and with none.
 * Each check is first shown to fail on a page made to break it.
 */
import { globSync, readFileSync } from 'node:fs';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, axeDark, axeLight, FRAME_PAGES, runAxe } from '../support/checks/axe.ts';
import { cspClean, recordCspViolations } from '../support/checks/csp.ts';
import { headingsKeep } from '../support/checks/reading.ts';
import { targetSize } from '../support/checks/targets.ts';
import { pagesWithHeading, pageUrls } from '../support/dist.ts';
import { siteInBrowser } from '../support/site-browser.ts';
import { walk } from '../support/walk.ts';

const site = siteInBrowser();

/** Every built page, and the search page with results (from the core, and from Pagefind too) and with none. */
const PAGES = [...pageUrls(), '/search/?q=双师型', '/search/?q=双师型&backend=pagefind', '/search/?q=驾照'];

describe('the checks can fail', () => {
  it('axe: a low-contrast page fails', async () => {
    const page = await site.browser.newPage();
    await page.setContent(
      '<html lang="zh-CN"><head><title>x</title></head><body><main><h1>x</h1><p style="color:#ccc">浅色文字</p></main></body></html>',
    );
    const result = await runAxe(page, ALL_RULES);
    await page.close();
    expect(result.violations.map((v) => v.id)).toContain('color-contrast');
  });

  it('axe reads the frame on a page of each kind, and the rest of every page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = { requests: [], console: [], errors: [] };
    const paleIn = async (path: string, selector: string) => {
      await page.goto(site.server.url + path.slice(1));
      await page.evaluate((s) => document.querySelector<HTMLElement>(s)?.style.setProperty('color', '#ccc'), selector);
      return (await axeLight.run(page, path, log)).filter((v) => v.startsWith('color-contrast'));
    };
    expect(FRAME_PAGES.has('/plan/tasks/01/')).toBe(true);
    expect(await paleIn('/plan/tasks/01/', 'footer.site-footer p')).toHaveLength(1);
    expect(await paleIn('/plan/tasks/02/', 'main p')).toHaveLength(1);
    await page.close();
  });

  it('targets: a small navigation link and a small button are found', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.setContent('<nav><a href="#x">小</a></nav><button>按钮</button>');
    await expect(targetSize.run(page, '/', { requests: [], console: [], errors: [] })).resolves.toHaveLength(2);
    await page.close();
  });

  it('CSP: an inline event handler added to a page is refused, and the check says so', async () => {
    const context = await site.browser.newContext();
    await recordCspViolations(context);
    const page = await context.newPage();
    await page.goto(`${site.server.url}plan/tasks/09/`);
    const ran = await page.evaluate(async () => {
      const img = document.createElement('img');
      img.setAttribute('onerror', 'document.body.dataset.ran = "yes"');
      img.src = 'data:,';
      document.body.append(img);
      await new Promise((r) => setTimeout(r, 200));
      return document.body.dataset.ran ?? 'no';
    });
    expect(ran).toBe('no');
    const found = await cspClean.run(page, '/plan/tasks/09/', {
      requests: ['https://example.org/x.js'],
      console: [],
      errors: [],
    });
    expect(found.some((f) => f.startsWith('violation: script-src'))).toBe(true);
    expect(found).toContain('request to https://example.org/x.js');
    await context.close();
  });
});

it('dark mode changes colours and nothing else (so colour rules suffice in dark)', () => {
  // Every stylesheet, and a dark block at any depth: inside a cascade layer, or a print or width rule.
  const declarations: string[] = [];
  let blocks = 0;
  for (const file of globSync('src/styles/*.css')) {
    postcss.parse(readFileSync(file, 'utf8')).walkAtRules('media', (rule) => {
      if (!rule.params.includes('prefers-color-scheme: dark')) return;
      blocks++;
      rule.walkDecls((d) => void declarations.push(`${file}: ${d.prop}`));
    });
  }
  expect(blocks).toBeGreaterThan(1);
  expect(declarations.filter((d) => !/: (--[\w-]+|color|background(-color)?|border(-\w+)?-color)$/.test(d))).toEqual(
    [],
  );
});

walk(
  site,
  {
    name: 'every page at 1280 px',
    pages: PAGES,
    context: { viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
    setUp: (context) => recordCspViolations(context),
  },
  [cspClean, targetSize, headingsKeep(pagesWithHeading('十四五')), axeLight, axeDark],
);
