import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { requireDist } from './dist.ts';
import { serveDist, type StaticServer } from './server.ts';

/**
 * Serves a build (dist/ unless `dir` names another, under `base`) and starts Chromium for the tests of one file
 * or describe block; both are stopped after them.
 */
export function siteInBrowser({ dir, base = '/' }: { dir?: string; base?: string } = {}): {
  browser: Browser;
  server: StaticServer;
} {
  const ctx = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    if (dir === undefined) requireDist();
    ctx.server = await serveDist(dir ?? 'dist', base);
    ctx.browser = await launch();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
