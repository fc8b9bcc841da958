/** `/data/claims.json`: every checked claim as open data (fields in src/lib/claims.ts). */
import type { APIRoute } from 'astro';
import { getContent } from '~/content';
import { allClaimRecords, claimsJson } from '~/lib/claims';

export const GET: APIRoute = async ({ site }) =>
	new Response(claimsJson(allClaimRecords(await getContent(), site), site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
