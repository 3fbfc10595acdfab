/**
 * One round trip to first text: every page carries the style it needs in
 * its HTML, and that HTML fits in 14 KB gzip (what a server sends in its
 * first round trip on a fresh connection, ten TCP segments); 全文, the whole
 * plan on one page, has a budget of its own. Nothing in <head> blocks
 * rendering: no stylesheet to fetch for the screen (print rules come apart,
 * media="print"), and scripts deferred. Sizes, never times.
 */
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, parse, readDist, requireDist } from '../support/dist.ts';
import { ROUTES } from '../../src/lib/url.ts';

beforeAll(requireDist);

const KB = 1024;
/** The first round trip of a fresh connection. */
const FIRST_FLIGHT = 14 * KB;
/** 全文 is the whole plan: its first screen still arrives in the first flight, the rest streams after. */
const FULL_TEXT = 32 * KB;
const budgetOf = (file: string) => (file === 'full-text/index.html' ? FULL_TEXT : FIRST_FLIGHT);

describe('one round trip to first text', () => {
  it.each(htmlFiles())('%s fits its budget with its style inline, and nothing in <head> blocks', (file) => {
    const html = readDist(`${DIST}/${file}`);
    expect(gzipSync(html).length, `${file}: gzip bytes`).toBeLessThanOrEqual(budgetOf(file));
    const tree = parse(html);
    expect(selectAll('link[rel~=stylesheet]:not([media=print])', tree)).toEqual([]);
    expect(select('head style', tree), 'the page’s style, inline').toBeDefined();
    for (const script of selectAll('head script[src]', tree)) {
      const p = script.properties;
      expect(p.defer === true || p.async === true || p.type === 'module', String(p.src)).toBe(true);
    }
  });

  it('sends the print rules apart: no page’s inline style holds one, and every page links /print.css for paper', () => {
    const printed = readDist(`${DIST}${ROUTES.printStyles}`);
    expect(printed).toMatch(/@media print\{.*\.nav-row/);
    for (const file of htmlFiles()) {
      const tree = parse(readDist(`${DIST}/${file}`));
      expect(selectAll('style', tree).map(toString).join('').includes('@media print'), file).toBe(false);
      expect(select('link[rel~=stylesheet][media=print]', tree)?.properties.href, file).toBe(ROUTES.printStyles);
    }
  });
});
