import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { pageMarginCss } from '../lib/editions.ts';
import { dataOrThrow } from '../lib/content-problem.ts';
import { parseDocumentFile } from '../lib/yaml-files.ts';
import { ROUTES } from '../lib/url.ts';
import { readContentFiles } from '../loaders/plan.ts';
import { ui } from '../ui/strings.ts';

/** The global search-data.js sets; src/scripts/search-offline.ts reads it. */
const GLOBAL = 'QIJIANG_SEARCH_DATA';
/** Where Astro renders the single-file 全文 before it is moved to ROUTES.fullTextFile. */
const SINGLE_FILE_ROUTE = '/full-text-file/';
/** The single file's page margins on paper, a stylesheet made from the metadata (pageMarginCss). */
const MARGINS_CSS = 'virtual:qijiang/page-margins.css';

/** Serves MARGINS_CSS, which src/archive/single-file.astro imports, so it joins the file's one inline <style>. */
function pageMargins(): Plugin {
  // Vite treats an id as a stylesheet by its ending; the \0 keeps other plugins from reading it as a file.
  const resolved = `\0${MARGINS_CSS}`;
  return {
    name: 'qijiang:page-margins',
    resolveId: (id) => (id === MARGINS_CSS ? resolved : undefined),
    load: (id) => {
      if (id !== resolved) return undefined;
      const { documentNumber } = dataOrThrow(parseDocumentFile(readContentFiles('content').document));
      return pageMarginCss({ documentNumber, kind: ui.editions.kind, pageOf: ui.editions.pageOf });
    },
  };
}

/**
 * The offline archive (PUBLIC_ARCHIVE=1, with relative links; npm run archive):
 *
 * - Its own pages: 关于本离线版, and 全文.html, the whole text as one file
 *   for phones, rendered as a page and moved to the root under its name.
 *   npm run archive prints 全文.html to the PDF edition, so it carries a
 *   cover and page margins for paper.
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
      'astro:config:setup': ({ injectRoute, updateConfig }) => {
        updateConfig({ vite: { plugins: [pageMargins()] } });
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
