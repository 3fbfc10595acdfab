import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentDir } from '../lib/load.ts';

/**
 * Checks the content before Astro reads it, so an authoring mistake stops the
 * build with a message that names the file, the line and the fix, instead of
 * a stack trace from deep inside a page.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'qijiang:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        checkContentDir(fileURLToPath(new URL('content/', config.root)), root);
        logger.info('content agrees with the capture and the corrections list');
      },
    },
  };
}
