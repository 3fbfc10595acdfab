import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CSP_MAP_FILE, cspMap, metaPolicy } from '../lib/nginx.ts';

/**
 * After every build, writes the nginx map of each page's Content-Security-Policy
 * (src/lib/nginx.ts) into the output folder, read from the pages themselves,
 * so the header a server sends can never drift from the hashes in the pages
 * it serves. deploy/nginx.conf includes it, and refuses to serve it.
 */
export function nginxCsp(base: string): AstroIntegration {
  return {
    name: 'qijiang:nginx-csp',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = new Map<string, string>();
        const missing: string[] = [];
        for (const file of globSync('**/*.html', { cwd: root }).sort()) {
          const policy = metaPolicy(readFileSync(join(root, file), 'utf8'));
          if (policy) pages.set(file, policy);
          else missing.push(file);
        }
        if (missing.length) throw new Error(`pages without a Content-Security-Policy <meta>: ${missing.join(', ')}`);
        writeFileSync(join(root, CSP_MAP_FILE), cspMap(pages, base));
        logger.info(`wrote ${CSP_MAP_FILE}: the policies of ${pages.size} pages, for nginx (deploy/nginx.conf)`);
      },
    },
  };
}
