import type { APIRoute } from 'astro';
import { addressOf } from '../lib/deploy.ts';
import { ROUTES } from '../lib/url.ts';

/**
 * Every page may be crawled. With a site address (SITE_URL), robots.txt names
 * the sitemap; without one it names no host. Crawlers read robots.txt only at
 * a host's root: under a sub-path, the host's own file decides.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = addressOf(site?.href, ROUTES.sitemap);
  return new Response(['User-agent: *', 'Allow: /', ...(sitemap ? [`Sitemap: ${sitemap}`] : []), ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
