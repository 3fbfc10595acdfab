/**
 * The site behind a real server: Debian's nginx with deploy/nginx.conf,
 * started on a loopback port and stopped after. Every page sends its
 * Content-Security-Policy as a header, word for word its <meta> plus
 * frame-ancestors; text is compressed; Astro's hashed files are kept a year
 * and everything else five minutes; folders answer with their index.html and
 * unknown paths with the site's 404 page and status 404. (The sub-path deploy
 * is served the same way in variants.test.ts.)
 */
import { gunzipSync } from 'node:zlib';
import { globSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerPolicy, metaPolicy } from '../../src/lib/nginx.ts';
import { DIST, htmlFiles, pageUrlOf, requireDist } from '../support/dist.ts';
import { startNginx, type Nginx } from '../support/nginx.ts';

let nginx: Nginx;
beforeAll(async () => {
  requireDist();
  nginx = await startNginx({ root: DIST, name: 'headers' });
});
afterAll(() => nginx?.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(nginx.url + path.replace(/^\//, ''), { headers, redirect: 'manual' });

describe('nginx with deploy/nginx.conf', () => {
  it('sends every page’s policy as a header: its <meta>, word for word, and frame-ancestors', async () => {
    const wrong: string[] = [];
    for (const file of htmlFiles()) {
      const meta = metaPolicy(readFileSync(`${DIST}/${file}`, 'utf8'));
      const r = await get(file === '404.html' ? '/no-such-page/' : pageUrlOf(file));
      const header = r.headers.get('content-security-policy');
      if (!meta || header !== headerPolicy(meta)) wrong.push(`${file}: ${header}`);
    }
    expect(wrong).toEqual([]);
  });

  it('sends other files a policy without hashes, which lets Pagefind’s worker compile WebAssembly', async () => {
    const r = await get('/pagefind/pagefind-worker.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(r.headers.get('content-security-policy')).not.toContain('sha256-');
  });

  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/plan/tasks/09/', 'text/html; charset=utf-8'],
    ['/site.js', 'application/javascript; charset=utf-8'],
    ['/search-data.json', 'application/json; charset=utf-8'],
    ['/plan.txt', 'text/plain; charset=utf-8'],
    ['/glossary.json', 'application/json; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
  ])('compresses %s (%s)', async (path, type) => {
    const r = await get(path, { 'accept-encoding': 'gzip' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(type);
    expect(r.headers.get('content-encoding')).toBe('gzip');
    expect(r.headers.get('vary')).toBe('Accept-Encoding');
    // fetch undoes the compression: the body is the file.
    const file = path.endsWith('/') ? `${DIST}${path}index.html` : `${DIST}${path}`;
    expect(Buffer.from(await r.arrayBuffer()).equals(readFileSync(file))).toBe(true);
  });

  it('sends a file too small to gain from compression as it is', async () => {
    const r = await get('/favicon.svg', { 'accept-encoding': 'gzip' });
    expect(r.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(r.headers.get('content-encoding')).toBeNull();
  });

  it('serves Pagefind’s index files, compressed already, as they are', async () => {
    const [fragment] = globSync('pagefind/fragment/*', { cwd: DIST });
    const r = await get(`/${fragment}`, { 'accept-encoding': 'gzip' });
    expect(r.headers.get('content-encoding')).toBeNull();
    expect(gunzipSync(Buffer.from(await r.arrayBuffer())).length).toBeGreaterThan(0);
  });

  it('keeps Astro’s hashed files a year, and pages and unhashed files five minutes', async () => {
    const [asset] = globSync('_astro/*', { cwd: DIST });
    expect((await get(`/${asset}`)).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/plan/tasks/09/', '/site.js', '/pagefind/pagefind.js', '/search-data.json'])
      expect((await get(path)).headers.get('cache-control'), path).toBe('public, max-age=300');
  });

  it('answers a folder with its index.html, and sends one asked without its slash to it', async () => {
    expect(await (await get('/plan/tasks/09/')).text()).toBe(readFileSync(`${DIST}/plan/tasks/09/index.html`, 'utf8'));
    const r = await get('/plan/tasks/09');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/plan/tasks/09/');
  });

  it.each(['/no-such-page/', '/plan/tasks/99/', '/nginx-csp.conf'])(
    'answers %s with the site’s 404 page and status 404',
    async (path) => {
      const r = await get(path);
      expect(r.status).toBe(404);
      expect(await r.text()).toBe(readFileSync(`${DIST}/404.html`, 'utf8'));
      expect(r.headers.get('content-security-policy')).toBe(
        headerPolicy(metaPolicy(readFileSync(`${DIST}/404.html`, 'utf8'))!),
      );
    },
  );

  it('says no more about itself than it must', async () => {
    const r = await get('/');
    expect(r.headers.get('server')).toBe('nginx');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('referrer-policy')).toBe('same-origin');
  });
});
