import type { APIRoute } from 'astro';
import { getPublished } from '../data/published.ts';
import { planJson } from '../lib/exports.ts';
import { createLinker } from '../lib/url.ts';

export const GET: APIRoute = async () => {
  const { plan, document, termsByUnit, relations, targets, summaries, sources, followUps } = await getPublished();
  // URLs in the export are site-relative (no base), so they stay right wherever the site is hosted.
  const link = createLinker({ base: '/', mode: 'absolute', from: '/' });
  return new Response(
    JSON.stringify(
      planJson(
        plan,
        document,
        { termsByUnit, relations, targets, summaries, sources: [...sources.values()], followUps },
        link,
      ),
      null,
      2,
    ) + '\n',
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
};
