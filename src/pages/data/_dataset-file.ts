/** Shared by the CSV and JSON routes of each dataset. */
import type { GetStaticPaths } from 'astro';
import { getContent } from '~/content';
import { requireSource } from '~/lib/content-index';
import { datasetRows, type DatasetRow } from '~/lib/dataset-files';
import { isIncidentDataset } from '~/lib/datasets';
import type { SeriesDataset } from '~/schemas/dataset';

export const datasetPaths = (async () => {
	const { datasets } = await getContent();
	return [...datasets.keys()].map((dataset) => ({ params: { dataset } }));
}) satisfies GetStaticPaths;

/** Paths of the datasets that have series (and so a wide table and a definitions table). */
export const seriesDatasetPaths = (async () => {
	const { datasets } = await getContent();
	return [...datasets].filter(([, dataset]) => !isIncidentDataset(dataset.data)).map(([dataset]) => ({ params: { dataset } }));
}) satisfies GetStaticPaths;

/** A dataset and its rows, each with its source URL. */
export async function datasetWithRows(id: string) {
	const content = await getContent();
	const dataset = content.datasets.get(id);
	if (!dataset) throw new Error(`No dataset "${id}"`);
	const rows: DatasetRow[] = datasetRows(dataset.data, (sourceId) => requireSource(content, sourceId).data);
	return { dataset, rows };
}

/** A series dataset by id. */
export async function seriesDataset(id: string): Promise<SeriesDataset> {
	const dataset = (await getContent()).datasets.get(id);
	if (!dataset || isIncidentDataset(dataset.data)) throw new Error(`No series dataset "${id}"`);
	return dataset.data;
}

/** The response for a CSV file. */
export const csvResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
