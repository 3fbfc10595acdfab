import type { APIRoute } from 'astro';
import { getPublished } from '../data/published.ts';
import { planText } from '../lib/exports.ts';

export const GET: APIRoute = async () => {
  const { plan } = await getPublished();
  return new Response(planText(plan), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
