import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { planText } from '../lib/exports.ts';

export const GET: APIRoute = async () => {
  const { plan } = await getSite();
  return new Response(planText(plan), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
