import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FIRST_FLIGHT, firstFlightProblems } from '../support/budget.ts';

const page = (head: string, body = '<p>正文</p>') =>
  `<!doctype html><html lang="zh-CN"><head><title>x</title><style>p{margin:0}</style>${head}</head><body>${body}</body></html>`;

describe('one round trip to first text', () => {
  it.each<[string, string]>([
    ['an inline style and no script', page('')],
    ['a deferred script in <head>', page('<script src="/site.js" defer></script>')],
    ['an async script in <head>', page('<script src="/site.js" async></script>')],
    ['a module script in <head>', page('<script type="module" src="/search.js"></script>')],
    ['a classic script at the end of <body>', page('', '<p>正文</p><script src="/site.js"></script>')],
    ['a stylesheet for paper only', page('<link rel="stylesheet" href="/print.css" media="print">')],
  ])('allows %s', (_, html) => {
    expect(firstFlightProblems('plan/tasks/01/index.html', html)).toEqual([]);
  });

  it.each<[string, string, RegExp]>([
    [
      'a classic script in <head>',
      page('<script src="/site.js"></script>'),
      /<script src="\/site.js"> in <head> blocks/,
    ],
    ['a stylesheet to fetch', page('<link rel="stylesheet" href="/site.css">'), /a stylesheet to fetch first/],
    ['no inline style', page('').replace('<style>p{margin:0}</style>', ''), /no inline <style>/],
    // Random text does not compress: over the first flight once gzipped.
    [
      'a page over 14 KB gzip',
      page('', `<p>${randomBytes(FIRST_FLIGHT).toString('base64')}</p>`),
      /over its budget of 14336/,
    ],
  ])('refuses %s', (_, html, problem) => {
    expect(firstFlightProblems('plan/tasks/01/index.html', html).join('\n')).toMatch(problem);
  });

  it('gives 全文 a larger budget than a reading page', () => {
    const big = page('', `<p>${randomBytes(FIRST_FLIGHT * 1.5).toString('base64')}</p>`);
    expect(firstFlightProblems('plan/tasks/01/index.html', big)).not.toEqual([]);
    expect(firstFlightProblems('full-text/index.html', big)).toEqual([]);
  });
});
