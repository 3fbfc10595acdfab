import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspMap, fallbackPolicy, headerPolicy, metaPolicy, renderSiteConf } from '../../src/lib/nginx.ts';

const PAGE = "default-src 'self'; script-src 'self' 'sha256-AbC+/='; style-src 'self' 'sha256-XyZ='";
const SEARCH = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/='; style-src 'self'";

describe('a page’s policy for nginx', () => {
  it.each<[string, string, string | undefined]>([
    ['as Astro writes it', `<head><meta http-equiv="content-security-policy" content="${PAGE}"></head>`, PAGE],
    [
      'with escaped quotes',
      `<meta http-equiv="content-security-policy" content="a &#39;b&#39; &amp; &quot;c&quot;">`,
      `a 'b' & "c"`,
    ],
    ['in capitals', `<META HTTP-EQUIV="content-security-policy" CONTENT="x">`, 'x'],
    ['none', '<head><meta charset="utf-8"></head>', undefined],
  ])('reads the <meta> %s', (_, html, want) => expect(metaPolicy(html)).toBe(want));

  it('sends the meta word for word, then frame-ancestors, which only a header can set', () => {
    expect(headerPolicy(`${PAGE}; `)).toBe(`${PAGE}; frame-ancestors 'self'`);
  });

  it('gives other files the widest page policy without hashes (Pagefind’s worker needs wasm-unsafe-eval)', () => {
    expect(fallbackPolicy([PAGE, SEARCH])).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; frame-ancestors 'self'",
    );
    expect(fallbackPolicy([PAGE])).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'self'",
    );
  });

  it('maps the file nginx serves, under the base path, to its header', () => {
    const map = cspMap(
      new Map([
        ['plan/index.html', PAGE],
        ['404.html', PAGE],
      ]),
      '/qijiang/',
    );
    expect(map).toContain('map $uri $qijiang_csp {');
    expect(map.indexOf('"/qijiang/404.html"')).toBeLessThan(map.indexOf('"/qijiang/plan/index.html"'));
    expect(map).toContain(`    "/qijiang/plan/index.html" "${PAGE}; frame-ancestors 'self'";`);
  });

  it('refuses a policy nginx would read as a variable or the end of a string', () => {
    expect(() => cspMap(new Map([['a.html', "script-src '$x'"]]), '/')).toThrow(/cannot write/);
    expect(() => cspMap(new Map([['a.html', 'a"b']]), '/')).toThrow(/cannot write/);
  });
});

describe('deploy/nginx.conf filled in', () => {
  const template = readFileSync('deploy/nginx.conf', 'utf8');

  it('leaves no word to fill in, and names the folder, the path and the port', () => {
    const conf = renderSiteConf(template, { root: '/srv/q/dist', base: '/qijiang', listen: '8080' });
    const directives = conf.split('\n').filter((l) => !l.trimStart().startsWith('#'));
    expect(directives.filter((l) => /@[A-Z]+@/.test(l))).toEqual([]);
    expect(conf).toContain('#   @ROOT@    the built folder');
    expect(conf).toContain('include /srv/q/dist/nginx-csp.conf;');
    expect(conf).toContain('location /qijiang/_astro/ {');
    expect(conf).toContain('alias /srv/q/dist/_astro/;');
    expect(conf).toContain('error_page 404 /qijiang/404.html;');
    expect(conf).toContain('listen 8080;');
  });

  it.each<[string, { root: string; base: string; listen: string }, RegExp]>([
    ['a relative folder', { root: 'dist', base: '/', listen: '80' }, /absolute path/],
    ['a base without its slash', { root: '/d', base: 'q/', listen: '80' }, /must start with/],
    ['a space', { root: '/my dist', base: '/', listen: '80' }, /may not hold/],
  ])('refuses %s', (_, o, message) => expect(() => renderSiteConf(template, o)).toThrow(message));
});
