import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROUTES } from '../lib/url.ts';

/** The global search-data.js sets; src/scripts/search-offline.ts reads it. */
const GLOBAL = 'QIJIANG_SEARCH_DATA';
/** Where Astro renders the single-file 全文 before it is moved to ROUTES.fullTextFile. */
const SINGLE_FILE_ROUTE = '/full-text-file/';

/**
 * The offline archive (PUBLIC_ARCHIVE=1, with relative links; npm run archive):
 *
 * - Its own pages: 关于本离线版, and 全文.html, the whole text as one file
 *   for phones, rendered as a page and moved to the root under its name.
 * - Search: file:// blocks module scripts and fetch, so the search page's
 *   script is bundled as one classic script (search.js, an IIFE) and the
 *   site's text ships as search-data.js, a classic script setting a global.
 *   Same core, same page, no Pagefind; the JSON the online search fetches
 *   is left out.
 */
export function offlineArchive(): AstroIntegration {
  return {
    name: 'qijiang:offline-archive',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: ROUTES.aboutCopy, entrypoint: new URL('../archive/about.astro', import.meta.url) });
        injectRoute({
          pattern: SINGLE_FILE_ROUTE,
          entrypoint: new URL('../archive/single-file.astro', import.meta.url),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const at = (route: string) => `${root}${route.slice(1)}`;

        renameSync(at(`${SINGLE_FILE_ROUTE}index.html`), at(ROUTES.fullTextFile));
        rmSync(at(SINGLE_FILE_ROUTE), { recursive: true });

        // JSON is a JavaScript expression (U+2028 included since ES2019).
        writeFileSync(at(ROUTES.searchDataScript), `self.${GLOBAL}=${readFileSync(at(ROUTES.searchData), 'utf8')};\n`);
        rmSync(at(ROUTES.searchData));
        await build({
          entryPoints: [fileURLToPath(new URL('../scripts/search-offline.ts', import.meta.url))],
          outfile: at(ROUTES.searchScript),
          bundle: true,
          format: 'iife',
          minify: true,
          target: 'es2020',
          legalComments: 'none',
          logLevel: 'warning',
        });
        logger.info(
          `wrote ${ROUTES.fullTextFile}, ${ROUTES.searchScript} (classic) and ${ROUTES.searchDataScript} for file://`,
        );
      },
    },
  };
}
