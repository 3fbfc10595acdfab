import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { relativizeAssetUrls } from '../lib/url.ts';

/**
 * In a relative-link build (PUBLIC_LINK_MODE=relative, for opening the site
 * from disk) the asset URLs Astro writes itself must be relative too: today
 * only the search page's module script (`/_astro/…`), since every page's
 * style is inline and every other link comes from the linker.
 */
export function relativeAssets(enabled: boolean): AstroIntegration {
  return {
    name: 'qijiang:relative-assets',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (!enabled) return;
        const root = fileURLToPath(dir);
        const pages = globSync('**/*.html', { cwd: root });
        for (const page of pages) {
          const path = join(root, page);
          writeFileSync(path, relativizeAssetUrls(readFileSync(path, 'utf8'), page.split('/').length - 1));
        }
        logger.info(`made asset links relative in ${pages.length} pages`);
      },
    },
  };
}
