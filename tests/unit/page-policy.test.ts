import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyViolations, SCRIPT_BUDGET, SEARCH_PAGE } from '../support/page-policy.ts';

const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const assets: Record<string, Buffer> = {
  '/_astro/site.js': Buffer.from('document.documentElement.classList.add("js");'),
  // Random bytes do not compress: over the budget once gzipped.
  '/_astro/big.js': randomBytes(SCRIPT_BUDGET + 512),
};
/** A policy as the site writes it, with `extra` directives (`script-src 'self' 'sha256-…'`). */
const csp = (extra = '') =>
  `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'; base-uri 'none'${extra ? '; ' + extra : ''}">`;
/** A page whose head starts with the site's policy (`policy`), then `head`. */
const page = (head: string, body = '<p>正文</p>', policy = csp()) =>
  `<!doctype html><html lang="zh-CN"><head><title>x</title>${policy}${head}</head><body>${body}</body></html>`;
const check = (html: string, where = 'plan/tasks/01/index.html') =>
  policyViolations(html, { page: where, readAsset: (url) => assets[url] });

describe('the script and style policy', () => {
  it.each<[string, string]>([
    ['no script at all', page('<link rel="stylesheet" href="/_astro/site.css">')],
    ['one deferred classic script of the site', page('<script src="/_astro/site.js" defer></script>')],
    [
      'an inline script whose hash the CSP lists',
      page('<script>1+1</script>', undefined, csp(`script-src 'self' ${hash('1+1')}`)),
    ],
    [
      'an inline style whose hash the CSP lists',
      page('<style>p{color:red}</style>', undefined, csp(`style-src 'self' ${hash('p{color:red}')}`)),
    ],
  ])('allows %s', (_, html) => {
    expect(check(html)).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    ['an inline event handler', page('', '<p onclick="x()">正文</p>'), /<p onclick="…">: inline event handlers/],
    ['onload on the body', page('').replace('<body>', '<body onload="go()">'), /<body onload="…">/],
    ['a javascript: URL', page('', '<a href="javascript:void(0)">x</a>'), /javascript: URLs/],
    ['a style attribute', page('', '<p style="color:red">x</p>'), /<p style="…">/],
    ['an inline style no CSP lists', page('<style>p{color:red}</style>'), /<style>: inline style whose hash/],
    ['an inline script no CSP lists', page('<script>1+1</script>'), /<script>: inline script whose hash/],
    [
      'an inline script whose hash the CSP lists for styles only',
      page('<script>1+1</script>', undefined, csp(`style-src ${hash('1+1')}`)),
      /inline script whose hash/,
    ],
    ['a module script', page('<script type="module" src="/_astro/site.js" defer></script>'), /type="module"/],
    ['a script that is not deferred', page('<script src="/_astro/site.js"></script>'), /must be deferred/],
    [
      'two scripts',
      page('<script src="/_astro/site.js" defer></script><script src="/_astro/site.js" defer></script>'),
      /2 scripts/,
    ],
    ['a script over the budget', page('<script src="/_astro/big.js" defer></script>'), /over the 3072-byte budget/],
    ['a script the build lacks', page('<script src="/_astro/none.js" defer></script>'), /no such file/],
    ['a third-party script', page('<script src="https://cdn.example/x.js" defer></script>'), /from the site itself/],
    [
      'a third-party stylesheet',
      page('<link rel="stylesheet" href="//cdn.example/x.css">'),
      /styles come from the site/,
    ],
    ['a preloaded module', page('<link rel="modulepreload" href="/_astro/site.js">'), /preload no script/],
    ['no policy', page('', undefined, ''), /no Content-Security-Policy <meta>/],
    [
      'a style before the policy',
      page('', undefined, `<style>p{color:red}</style>${csp(`style-src ${hash('p{color:red}')}`)}`),
      /<style> before the Content-Security-Policy/,
    ],
    ['a policy without base-uri', page('', undefined, csp().replace("; base-uri 'none'", '')), /lacks base-uri 'none'/],
    [
      'a policy that allows inline scripts',
      page('', undefined, csp("script-src 'self' 'unsafe-inline'")),
      /allows 'unsafe-inline'/,
    ],
    ['a policy that allows another host', page('', undefined, csp('img-src https://cdn.example')), /allows https:/],
    [
      'WebAssembly on a reading page',
      page('', undefined, csp("script-src 'self' 'wasm-unsafe-eval'")),
      /'wasm-unsafe-eval' allowed on a reading page/,
    ],
  ])('refuses %s', (_, html, message) => {
    expect(check(html).join('\n')).toMatch(message);
  });

  it('lets the search page load its own code, and still refuses inline handlers there', () => {
    const search = page(
      '<script type="module" src="/_astro/search.js"></script><link rel="modulepreload" href="/_astro/x.js">',
      undefined,
      csp("script-src 'self' 'wasm-unsafe-eval'"),
    );
    expect(check(search, SEARCH_PAGE)).toEqual([]);
    expect(check(search.replace('<p>', '<p onclick="x()">'), SEARCH_PAGE)).toHaveLength(1);
  });
});
