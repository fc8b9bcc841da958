import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '~/content';
import { datasetRows, toCsv } from '~/lib/dataset-files';
import { requireSource } from '~/lib/content-index';

export const getStaticPaths = (async () => {
	const { datasets } = await getContent();
	return [...datasets.keys()].map((dataset) => ({ params: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const content = await getContent();
	const dataset = content.datasets.get(params['dataset']!)!;
	const rows = datasetRows(dataset.data, (id) => requireSource(content, id).data);
	return new Response(toCsv(rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
