import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';

/** Throws when a step of Pagefind reports errors: its Node API returns them instead of throwing. */
function orThrow<T extends { errors: string[] }>(step: string, response: T | undefined): T {
  if (!response || response.errors.length)
    throw new Error(`Pagefind could not ${step}: ${response?.errors.join('; ') ?? 'no response'}`);
  return response;
}

/** Pagefind's ready-made search interfaces, which the site does not use: its search page is its own. */
export const UNUSED_PAGEFIND_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * Indexes the built site with Pagefind after every build, as Starlight does,
 * and fails the build on any indexing error. Only elements marked
 * `data-pagefind-body` are indexed: the unit pages and the glossary entries,
 * not 全文, which repeats every paragraph. Pagefind splits Chinese only on
 * pages whose `<html lang>` is zh-CN, which every page keeps. Its UI
 * bundles are removed: they would only weigh on the offline archive.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'qijiang:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        try {
          const { index } = orThrow('start', await createIndex());
          if (!index) throw new Error('Pagefind could not start: no index');
          const { page_count } = orThrow('index the site', await index.addDirectory({ path: root }));
          orThrow('write the index', await index.writeFiles({ outputPath: `${root}pagefind` }));
          const unused = readdirSync(`${root}pagefind`).filter((f) => UNUSED_PAGEFIND_FILES.test(f));
          for (const f of unused) rmSync(join(root, 'pagefind', f));
          logger.info(
            `read ${page_count} pages; indexed what they mark data-pagefind-body; left out ${unused.length} UI files`,
          );
        } finally {
          await close();
        }
      },
    },
  };
}
