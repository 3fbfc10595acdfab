/**
 * One round trip to first text: every page carries the style it needs in
 * its HTML, and that HTML fits in 14 KB gzip (what a server sends in its
 * first round trip on a fresh connection, ten TCP segments); 全文, the whole
 * plan on one page, has a budget of its own. Nothing in <head> blocks
 * rendering: no stylesheet to fetch for the screen (print rules come apart,
 * media="print", which the browser fetches without waiting for it), and
 * scripts deferred. Sizes, never times.
 */
import { select, selectAll } from 'hast-util-select';
import { gzipSync } from 'node:zlib';
import { parse } from './dist.ts';

const KB = 1024;
/** The first round trip of a fresh connection. */
export const FIRST_FLIGHT = 14 * KB;
/** 全文 is the whole plan: its first screen still arrives in the first flight, the rest streams after. */
export const FULL_TEXT = 32 * KB;
/**
 * 常见问题 is 21 answers on one page, with the official follow-up on the targets and its caveats: its first screen,
 * the list of questions, still arrives in the first flight (budget.test holds that), the answers stream after.
 */
export const FAQ = 15 * KB;
export const budgetOf = (file: string): number =>
  file === 'full-text/index.html' ? FULL_TEXT : file === 'faq/index.html' ? FAQ : FIRST_FLIGHT;

/** What keeps a built page (`file`, relative to the build) from showing its text after one round trip. */
export function firstFlightProblems(file: string, html: string): string[] {
  const problems: string[] = [];
  const bytes = gzipSync(html).length;
  if (bytes > budgetOf(file)) problems.push(`${bytes} bytes gzip, over its budget of ${budgetOf(file)}`);
  const tree = parse(html);
  for (const link of selectAll('link[rel~=stylesheet]:not([media=print])', tree))
    problems.push(`<link rel="stylesheet" href="${String(link.properties.href)}">: a stylesheet to fetch first`);
  if (!select('head style', tree)) problems.push('no inline <style> in <head>');
  for (const script of selectAll('head script[src]', tree)) {
    const p = script.properties;
    if (!(p.defer === true || p.async === true || p.type === 'module'))
      problems.push(`<script src="${String(p.src)}"> in <head> blocks rendering`);
  }
  return problems;
}
