/** Shared by the CSV and JSON routes of each dataset. */
import type { GetStaticPaths } from 'astro';
import { getContent } from '~/content';
import { requireSource } from '~/lib/content-index';
import { datasetRows, type DatasetRow } from '~/lib/dataset-files';

export const datasetPaths = (async () => {
	const { datasets } = await getContent();
	return [...datasets.keys()].map((dataset) => ({ params: { dataset } }));
}) satisfies GetStaticPaths;

/** A dataset and its rows, each with its definition and source URL. */
export async function datasetWithRows(id: string) {
	const content = await getContent();
	const dataset = content.datasets.get(id);
	if (!dataset) throw new Error(`No dataset "${id}"`);
	const rows: DatasetRow[] = datasetRows(dataset.data, (sourceId) => requireSource(content, sourceId).data);
	return { dataset, rows };
}
