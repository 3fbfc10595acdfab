// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { pagefind } from './src/integrations/pagefind.ts';
import { relativeAssets } from './src/integrations/relative-assets.ts';
import { deployFrom } from './src/lib/deploy.ts';

// SITE_URL is the site's public address (https://example.gov.cn/qijiang/): canonical links, share tags,
// the sitemap and the QR codes use it; unset, no page names a host. A deploy under a sub-path sets
// BASE_PATH (e.g. /qijiang/), or lets it follow SITE_URL; the site's links follow it.
const { base, site } = deployFrom(process.env);
// PUBLIC_LINK_MODE=relative writes relative links everywhere, for a copy opened from disk.
const relative = process.env.PUBLIC_LINK_MODE === 'relative';

export default defineConfig({
  base,
  site,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    // Our own prose (MDX, with <Ref> citations) goes through unified(); smartypants would turn quotes and
    // dashes into other characters. Official text is rendered from the model, never from Markdown.
    processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [
    mdx(),
    relativeAssets(relative),
    pagefind(),
    // The sitemap lists every page under the site's address, so only a build that knows it writes one.
    ...(site ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] : []),
  ],
});
