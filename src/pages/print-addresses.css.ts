import type { APIRoute } from 'astro';
import { printAddressRule } from '../lib/deploy.ts';

/**
 * The print rule that gives links within the site their public address
 * (SITE_URL). A file of its own, linked with media="print" only when the
 * site has an address: it does not block the first paint, and the CSP's
 * 'self' allows it, where an inline style would have to stand before the
 * policy Astro writes at the end of <head>. Without an address it says why
 * it is empty, and no page links it.
 */
export const GET: APIRoute = ({ site }) =>
  new Response(
    printAddressRule(site?.href) ?? '/* No site address (SITE_URL): links within the site print as words. */\n',
    {
      headers: { 'Content-Type': 'text/css; charset=utf-8' },
    },
  );
