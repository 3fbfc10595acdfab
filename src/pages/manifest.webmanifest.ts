import type { APIRoute } from 'astro';
import { getPublished } from '../data/published.ts';
import { ui } from '../ui/strings.ts';

/**
 * What a phone needs to add the site to its home screen. Every address in it
 * is relative to the manifest itself, so it works under any base path.
 */
export const GET: APIRoute = async () => {
  const { planTitle } = await getPublished();
  const manifest = {
    name: `${ui.siteShort}：${planTitle}`,
    short_name: ui.siteShort,
    description: ui.siteTagline,
    lang: 'zh-CN',
    start_url: './',
    scope: './',
    display: 'browser',
    theme_color: '#9b1c1c',
    background_color: '#ffffff',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any maskable' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
};
