// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { fileURLToPath } from 'node:url';
import { contentCheck } from './src/integrations/content-check.ts';
import { relativeAssets } from './src/integrations/relative-assets.ts';
import { rehypeOfficial } from './src/plugins/rehype-official.ts';

// A deploy under a sub-path sets BASE_PATH (e.g. /qijiang/); the site's links follow it.
const base = process.env.BASE_PATH ?? '/';
// PUBLIC_LINK_MODE=relative writes relative links everywhere, for a copy opened from disk.
const relative = process.env.PUBLIC_LINK_MODE === 'relative';

export default defineConfig({
  base,
  site: process.env.SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    // smartypants would turn quotes and dashes into other characters; official text must not change.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm],
      rehypePlugins: [[rehypeOfficial, { contentDir: fileURLToPath(new URL('./content/', import.meta.url)) }]],
    }),
  },
  integrations: [contentCheck(), mdx(), relativeAssets(relative)],
});
