// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { pagefind } from './src/integrations/pagefind.ts';
import { offlineArchive } from './src/integrations/archive.ts';
import { nginxCsp } from './src/integrations/nginx-csp.ts';
import { publishEditions } from './src/integrations/editions.ts';
import { relativeAssets } from './src/integrations/relative-assets.ts';
import { deployFrom } from './src/lib/deploy.ts';
import { printApart } from './src/lib/print-css.ts';
import { remarkQuoteWords } from './src/lib/mdx-tree.ts';
import rehypeKeep from './src/lib/rehype-keep.ts';

// SITE_URL is the site's public address (https://example.gov.cn/qijiang/): canonical links, share tags,
// the sitemap and the QR codes use it; unset, no page names a host. A deploy under a sub-path sets
// BASE_PATH (e.g. /qijiang/), or lets it follow SITE_URL; the site's links follow it.
const { base, site } = deployFrom(process.env);
// PUBLIC_LINK_MODE=relative writes relative links everywhere, for a copy opened from disk.
// PUBLIC_ARCHIVE=1 (with relative links, set by npm run archive) is the offline archive: no Pagefind,
// which browsers block on file://, so search runs on the query core alone; and two pages of its own,
// 关于本离线版 and the single-file 全文.html (src/integrations/archive.ts).
const relative = process.env.PUBLIC_LINK_MODE === 'relative';
const archive = relative && process.env.PUBLIC_ARCHIVE === '1';

export default defineConfig({
  base,
  site,
  trailingSlash: 'always',
  // The stylesheet goes inline in every page: text on a slow phone network after one round trip, with no
  // second request blocking the first paint (tests/site/budget.test.ts holds each page to 14 KB gzip).
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Print rules go to a print-only stylesheet (/print.css), not into every page's first round trip; the offline
  // archive keeps them inline, since its single-file page loads nothing (src/lib/print-css.ts).
  vite: { css: { postcss: { plugins: archive ? [] : [printApart()] } } },
  // Only the site's own files: Astro puts a CSP <meta> in every page with a hash of each inline style and
  // script. The search page adds 'wasm-unsafe-eval' for Pagefind's WebAssembly (src/pages/search/index.astro).
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    // Our own prose (MDX, with <Ref> citations) goes through unified(); smartypants would turn quotes and
    // dashes into other characters. Official text is rendered from the model, never from Markdown. Each <Quote>
    // is handed the words it shows, read from the tree as the checks read them (src/lib/mdx-tree.ts); rehypeKeep
    // keeps 十四五, short quoted terms and figures on one line as the prose becomes HTML (src/lib/keep-together.ts).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkQuoteWords],
      rehypePlugins: [rehypeKeep],
    }),
  },
  integrations: [
    mdx(),
    relativeAssets(relative),
    ...(archive ? [offlineArchive()] : [pagefind()]),
    // Each page's policy for nginx to send as a header (deploy/nginx.conf); a copy for a disk needs none.
    ...(relative ? [] : [nginxCsp(base)]),
    // EDITIONS_DIR (a folder npm run archive wrote) publishes its PDF and EPUB in /editions/, linked from 文件信息.
    ...(archive ? [] : [publishEditions()]),
    // The sitemap lists every page under the site's address, so only a build that knows it writes one.
    ...(site ? [sitemap({ filter: (page) => !/\/404\/?$/.test(page) })] : []),
  ],
});
