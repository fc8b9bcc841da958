/** `/data/claims.csv`: every checked claim as open data, safe to open in a spreadsheet (src/lib/csv.ts). */
import type { APIRoute } from 'astro';
import { getContent } from '~/content';
import { allClaimRecords, claimsCsv } from '~/lib/claims';

export const GET: APIRoute = async ({ site }) =>
	new Response(claimsCsv(allClaimRecords(await getContent(), site)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
