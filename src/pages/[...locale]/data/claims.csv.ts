/** `/data/claims.csv`: every checked claim as open data, safe to open in a spreadsheet (src/lib/csv.ts). */
import type { APIRoute } from 'astro';
import { getContent } from '~/content';
import { allClaimRecords, claimsCsv } from '~/lib/claims';
import { editionPaths, routeLocale } from './_dataset-file';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ params, site }) =>
	new Response(claimsCsv(allClaimRecords(await getContent(routeLocale(params)), site, routeLocale(params))), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' },
	});
