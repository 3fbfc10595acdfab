import type { APIRoute } from 'astro';
import { getPublished } from '../data/published.ts';
import { glossaryJson } from '../lib/exports.ts';
import { createLinker } from '../lib/url.ts';

export const GET: APIRoute = async () => {
  const { glossary } = await getPublished();
  // Site-relative URLs, like plan.json's, so they stay right wherever the site is hosted.
  const link = createLinker({ base: '/', mode: 'absolute', from: '/' });
  return new Response(JSON.stringify(glossaryJson(glossary, link), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
