/**
 * The site in the three engines readers use: Chromium, WebKit (iPhone Safari
 * and WeChat on iPhone; here WebKitGTK) and Firefox, served by nginx with
 * deploy/nginx.conf. One browser of each engine for the whole walk; each page
 * opened once per view and every check run on it (tests/support/checks/, the
 * same functions in every engine):
 *   light, 1280 px and 390 px: no glyph drawn over its neighbour where Chinese
 *   meets digits or Latin letters, the marks drawn (restorations, terms, the
 *   current menu entry), the policy's own styles and scripts ran and inline
 *   additions refused, and on /targets/ the chart's figures as drawn;
 *   dark, both widths: the marks drawn.
 * Then a page that breaks the policy is refused under the header alone,
 * search gives Chromium's pages in Chromium's order for the public query set,
 * 大字版 switches and holds across pages, and a term's definition shows on
 * keyboard focus and hides on Esc.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVERYDAY, GUIDE, NO_MATCH, PLAN_TERMS } from '../fixtures/search-queries.ts';
import { chartFigures } from '../support/checks/chart-figures.ts';
import { cspHolds } from '../support/checks/csp.ts';
import { decorations, type Mark } from '../support/checks/decorations.ts';
import { glyphOverlapProblems } from '../support/checks/glyph-overlap.ts';
import { searchResults } from '../support/checks/search-results.ts';
import { DIST, requireDist } from '../support/dist.ts';
import { ENGINES, startEngine } from '../support/engines/index.ts';
import type { Engine, EngineName, Tab, View } from '../support/engines/tab.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';
import { freePort } from '../support/port.ts';
import { loadPlan } from '../../src/loaders/plan.ts';

/** The pages whose figures and marks WebKit drew wrong, and one of each other kind, with the marks each must show. */
const PAGES: ReadonlyArray<{ path: string; marks: Mark[] }> = [
  { path: '/', marks: [] },
  { path: '/plan/tasks/09/', marks: ['restored', 'term', 'current'] },
  { path: '/full-text/', marks: ['restored', 'term', 'legend', 'current'] },
  { path: '/targets/', marks: ['current'] },
  { path: '/guide/', marks: ['current'] },
  { path: '/glossary/shuangshixing-jiaoshi/', marks: ['current'] },
  { path: '/search/?q=双师型', marks: [] },
];

/** The plan's figures the chart draws, each checked to be the plan's own words first. */
const FIGURES = ['3.2:6.8', '4:6', '60%'] as const;

const LIGHT: readonly View[] = [
  { width: 1280, height: 900, scheme: 'light' },
  { width: 390, height: 844, scheme: 'light' },
];
const DARK: readonly View[] = LIGHT.map((v) => ({ ...v, scheme: 'dark' }));

/** The public query sets (tests/fixtures/search-queries.ts). */
const QUERIES = [...PLAN_TERMS, ...EVERYDAY, ...GUIDE].map((e) => e.q).concat(NO_MATCH);

/** A page with an inline script and style that its policy does not list, and a script of its own origin. */
const BROKEN = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>破坏策略的页面</title>
<style>html { --inline-style: applied; }</style>
<script>document.documentElement.dataset.inlineRan = 'yes';</script>
<script src="allowed.js"></script></head><body><p>测试页</p></body></html>`;

let nginx: Nginx;
let fixture: string;
const engines = new Map<EngineName, Promise<Engine>>();
const tabs = new Map<string, Promise<Tab>>();
const seconds = new Map<EngineName, number>();

beforeAll(async () => {
  requireDist();
  const dir = resolve('tests/.tmp/nginx/walk-fixture');
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/broken.html`, BROKEN);
  writeFileSync(`${dir}/allowed.js`, "document.documentElement.dataset.externalRan = 'yes';\n");
  // The fixture's own server, on another port, sending the site's header for files that are not its pages (the
  // map's default: the policy without hashes).
  const port = await freePort();
  nginx = await startNginx({
    root: DIST,
    name: 'walk',
    extra: `  server { listen 127.0.0.1:${port}; root ${dir}; add_header Content-Security-Policy $qijiang_csp always; }`,
  });
  fixture = `http://127.0.0.1:${port}/broken.html`;
});

afterAll(async () => {
  for (const e of engines.values()) await (await e).close();
  await nginx?.close();
  console.log(
    `engines: the walk took ${[...seconds].map(([name, s]) => `${name} ${s.toFixed(1)} s`).join(', ')} (this machine, now)`,
  );
});

function engine(name: EngineName): Promise<Engine> {
  if (!engines.has(name)) engines.set(name, startEngine(name, `${nginx.url}404.html`));
  return engines.get(name)!;
}

async function tab(name: EngineName, view: View): Promise<Tab> {
  const key = `${name} ${view.width} ${view.scheme}`;
  if (!tabs.has(key))
    tabs.set(
      key,
      engine(name).then((e) => e.tab(view)),
    );
  return tabs.get(key)!;
}

/** Runs `fn` and adds its time to the engine's. */
async function timed<T>(name: EngineName, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    seconds.set(name, (seconds.get(name) ?? 0) + (performance.now() - start) / 1000);
  }
}

const url = (path: string) => nginx.url + path.replace(/^\//, '');

/** Opens each of PAGES in the view, runs `check` on it, and returns every problem named by its page. */
function walk(name: EngineName, view: View, check: (t: Tab, page: (typeof PAGES)[number]) => Promise<string[]>) {
  return timed(name, async () => {
    const t = await tab(name, view);
    const found: string[] = [];
    for (const page of PAGES) {
      await t.open(url(page.path));
      found.push(...(await check(t, page)).map((p) => `${page.path}: ${p}`));
    }
    return found;
  });
}

let chromiumResults: Record<string, string[]> | undefined;
async function searchIn(name: EngineName): Promise<Record<string, string[]>> {
  const t = await tab(name, LIGHT[0]!);
  await t.open(url('/search/'));
  return searchResults(t, QUERIES);
}

it('the chart’s figures are the plan’s own words', () => {
  const goals = loadPlan('content')
    .data.units.flatMap((u) => u.blocks)
    .filter((b) => b.text.includes('职普比'))
    .map((b) => b.text)
    .join('');
  for (const f of FIGURES) expect(goals, f).toContain(f);
});

describe.each(ENGINES)('in %s', (name) => {
  it.each(LIGHT)('at $width px, light: glyphs, marks, policy and chart on every page', async (view) => {
    const problems = await walk(name, view, async (t, { path, marks }) => [
      ...(await glyphOverlapProblems(t)),
      ...(await decorations(t, marks)),
      ...(await cspHolds(t)),
      ...(path === '/targets/' ? await chartFigures(t, FIGURES) : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('refuses a page’s inline script and style that its policy does not list, under the header alone', async () => {
    const seen = await timed(name, async () => {
      const t = await tab(name, LIGHT[0]!);
      await t.open(fixture);
      return t.evaluate(
        () => ({
          inline: document.documentElement.dataset.inlineRan ?? 'no',
          style: getComputedStyle(document.documentElement).getPropertyValue('--inline-style').trim() || 'no',
          external: document.documentElement.dataset.externalRan ?? 'no',
        }),
        undefined,
      );
    });
    expect(seen).toEqual({ inline: 'no', style: 'no', external: 'yes' });
  });

  it('search gives the same pages in the same order as Chromium, for the public query set', async () => {
    const results = await timed(name, () => searchIn(name));
    if (name === 'chromium') chromiumResults = results;
    chromiumResults ??= await searchIn('chromium');
    expect(Object.values(results).flat().length).toBeGreaterThan(QUERIES.length);
    expect(results).toEqual(chromiumResults);
  });

  it('大字版 switches the reading size and holds it on the next pages', async () => {
    const sizes = await timed(name, async () => {
      const t = await tab(name, LIGHT[1]!);
      const state = () =>
        t.evaluate(
          () =>
            `${getComputedStyle(document.documentElement).fontSize} ${document.querySelector('button.text-size-toggle')?.getAttribute('aria-pressed')}`,
          undefined,
        );
      await t.open(url('/plan/tasks/09/'));
      await t.evaluate(() => localStorage.clear(), undefined);
      await t.open(url('/plan/tasks/09/'));
      const seen = [await state()];
      await t.click('button.text-size-toggle');
      seen.push(await state());
      await t.open(url('/glossary/'));
      seen.push(await state());
      await t.click('button.text-size-toggle');
      await t.open(url('/plan/'));
      seen.push(await state());
      return seen;
    });
    expect(sizes).toEqual(['16px false', '20px true', '20px true', '16px false']);
  });

  it('a term’s definition shows on keyboard focus and hides on Esc, focus staying put', async () => {
    const states = await timed(name, async () => {
      const t = await tab(name, LIGHT[0]!);
      await t.open(url('/plan/tasks/16/'));
      const term = '[data-official] a.term[href$="/wuwei/"]';
      const state = () =>
        t.evaluate((selector) => {
          const a = document.querySelector(selector);
          const tip = document.getElementById(a?.getAttribute('aria-describedby') ?? '');
          const shown = !!tip && getComputedStyle(tip).display !== 'none' && tip.getClientRects().length > 0;
          return `${shown ? 'shown' : 'hidden'}${document.activeElement === a ? ', focused' : ''}`;
        }, term);
      const before = await state();
      // Keyboard focus: the element before the term focused, then a real Tab (a script's focus() is not the
      // keyboard's for Firefox, which then shows no :focus-visible).
      await t.evaluate((selector) => {
        const a = document.querySelector(selector);
        const stops = [...document.querySelectorAll<HTMLElement>('a[href], button, input, summary')].filter(
          (el) => el.getClientRects().length > 0 && !el.closest('[hidden]'),
        );
        stops[stops.findIndex((el) => el === a) - 1]?.focus();
      }, term);
      await t.press('Tab');
      const focused = await state();
      await t.press('Escape');
      return [before, focused, await state()];
    });
    expect(states).toEqual(['hidden', 'shown, focused', 'hidden, focused']);
  });

  it.each(DARK)('at $width px, dark: the marks are drawn on every page', async (view) => {
    const problems = await walk(name, view, async (t, { marks }) => [
      ...((await t.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches, undefined))
        ? []
        : ['the page is not in the dark scheme']),
      ...(await decorations(t, marks)),
    ]);
    expect(problems).toEqual([]);
  });
});
