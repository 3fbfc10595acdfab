// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { pagefind } from './src/integrations/pagefind.ts';
import { relativeAssets } from './src/integrations/relative-assets.ts';

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
    // Our own prose (MDX, with <Ref> citations) goes through unified(); smartypants would turn quotes and
    // dashes into other characters. Official text is rendered from the model, never from Markdown.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [mdx(), relativeAssets(relative), pagefind()],
});
