import { defineMiddleware } from 'astro:middleware';
import { keepInHtml } from './lib/keep-together.ts';

/**
 * Every page, as it is rendered (at build time, and in astro dev), keeps
 * 十四五, short quoted terms and figures on one line in our own prose too
 * (keepInHtml); official text comes from its renderer already kept.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(keepInHtml(await response.text()), { status: response.status, headers });
});
