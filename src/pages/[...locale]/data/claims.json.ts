/** `/data/claims.json`: every checked claim as open data (fields in src/lib/claims.ts). */
import type { APIRoute } from 'astro';
import { getContent } from '~/content';
import { allClaimRecords, claimsJson } from '~/lib/claims';
import { editionPaths, routeLocale } from './_dataset-file';

export const getStaticPaths = editionPaths;

export const GET: APIRoute = async ({ params, site }) =>
	new Response(claimsJson(allClaimRecords(await getContent(routeLocale(params)), site, routeLocale(params)), site, routeLocale(params)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
