import type { APIRoute } from 'astro';
import { toCsv } from '~/lib/dataset-files';
import { csvResponse, datasetPaths, datasetWithRows, routeLocale } from './_dataset-file';

export const getStaticPaths = datasetPaths;

/** The long table: one row per point or incident, with its source. */
export const GET: APIRoute = async ({ params }) => {
	const { rows } = await datasetWithRows(params['dataset']!, routeLocale(params));
	return csvResponse(toCsv(rows));
};
