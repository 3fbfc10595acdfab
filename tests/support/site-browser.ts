import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { requireDist } from './dist.ts';
import { serveDist, type StaticServer } from './server.ts';

/** Serves dist/ and starts Chromium for the tests of one file; both are stopped after them. */
export function siteInBrowser(): { browser: Browser; server: StaticServer } {
  const ctx = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    requireDist();
    ctx.server = await serveDist('dist');
    ctx.browser = await launch();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
