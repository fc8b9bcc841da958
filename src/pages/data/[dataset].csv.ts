import type { APIRoute } from 'astro';
import { toCsv } from '~/lib/dataset-files';
import { datasetPaths, datasetWithRows } from './_dataset-file';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params }) => {
	const { rows } = await datasetWithRows(params['dataset']!);
	return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
