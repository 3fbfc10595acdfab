import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROUTES } from '../lib/url.ts';

/** The global search-data.js sets; src/scripts/search-offline.ts reads it. */
const GLOBAL = 'QIJIANG_SEARCH_DATA';

/**
 * The offline archive's search (PUBLIC_ARCHIVE=1): file:// blocks module
 * scripts and fetch, so the search page's script is bundled as one classic
 * script (search.js, an IIFE) and the site's text ships as search-data.js,
 * a classic script setting a global. Same core, same page, no Pagefind.
 */
export function archiveSearch(): AstroIntegration {
  return {
    name: 'qijiang:archive-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const json = readFileSync(`${root}${ROUTES.searchData.slice(1)}`, 'utf8');
        // JSON is a JavaScript expression (U+2028 included since ES2019).
        writeFileSync(`${root}${ROUTES.searchDataScript.slice(1)}`, `self.${GLOBAL}=${json};\n`);
        await build({
          entryPoints: [fileURLToPath(new URL('../scripts/search-offline.ts', import.meta.url))],
          outfile: `${root}${ROUTES.searchScript.slice(1)}`,
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2020',
          legalComments: 'none',
          logLevel: 'warning',
        });
        logger.info(`wrote ${ROUTES.searchScript} (classic) and ${ROUTES.searchDataScript} for file://`);
      },
    },
  };
}
