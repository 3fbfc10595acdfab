import type { APIRoute } from 'astro';
import { transform } from 'esbuild';
import { printSheet } from '../lib/print-css.ts';

/**
 * The site's print rules, linked on every page with media="print" (src/layouts/Base.astro): a print-only
 * stylesheet does not delay the first paint. Collected from every stylesheet in src/styles/ (src/lib/print-css.ts
 * says why they are sent apart), in the order the pages load them: site.css first, under the layers' order they
 * all declare.
 */
const sources = import.meta.glob<string>('../styles/*.css', { query: '?raw', import: 'default', eager: true });
const order = (file: string) => (file.endsWith('/site.css') ? 0 : 1);

export const GET: APIRoute = async () => {
  const files = Object.keys(sources).sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const css = printSheet(files.map((f) => sources[f]!));
  const { code } = await transform(css, { loader: 'css', minify: true });
  return new Response(code, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
