import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { editionsDir } from '../data/editions.ts';
import { ROUTES } from '../lib/url.ts';

/**
 * A deploy that sets EDITIONS_DIR publishes the PDF and EPUB editions npm run
 * archive wrote there: they are checked when the build starts (a stale or
 * missing file stops it, src/data/editions.ts) and copied to /editions/,
 * where 文件信息 links them.
 */
export function publishEditions(): AstroIntegration {
  return {
    name: 'qijiang:editions',
    hooks: {
      'astro:config:setup': () => {
        editionsDir();
      },
      'astro:build:done': ({ dir, logger }) => {
        const published = editionsDir();
        if (!published) return;
        const into = join(fileURLToPath(dir), ROUTES.editions.slice(1));
        mkdirSync(into, { recursive: true });
        for (const e of published.manifest.editions) copyFileSync(join(published.dir, e.file), join(into, e.file));
        logger.info(`published ${published.manifest.editions.map((e) => e.file).join(' and ')} in ${ROUTES.editions}`);
      },
    },
  };
}
