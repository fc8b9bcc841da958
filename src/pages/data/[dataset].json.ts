import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '~/content';
import { requireSource } from '~/lib/content-index';
import { datasetRows } from '~/lib/dataset-files';

export const getStaticPaths = (async () => {
	const { datasets } = await getContent();
	return [...datasets.keys()].map((dataset) => ({ params: { dataset } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const content = await getContent();
	const dataset = content.datasets.get(params['dataset']!)!;
	const body = {
		title: dataset.data.title,
		description: dataset.data.description,
		url: new URL(`/data/${dataset.id}.json`, site).href,
		...('series' in dataset.data ? { unit: dataset.data.unit, series: dataset.data.series } : {}),
		rows: datasetRows(dataset.data, (id) => requireSource(content, id).data),
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
