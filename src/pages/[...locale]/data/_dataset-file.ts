/** Shared by the CSV and JSON routes of each dataset, in each edition (`/data/…`, `/de/data/…`, with that edition's texts). */
import type { GetStaticPaths } from 'astro';
import { getContent, getLocales } from '~/content';
import { localeOf, localeParam, type Locale } from '~/i18n';
import { requireSource } from '~/lib/content-index';
import { datasetRows, type DatasetRow } from '~/lib/dataset-files';
import { isIncidentDataset } from '~/lib/datasets';
import type { SeriesDataset } from '~/schemas/dataset';

/** The edition of a data route, from its `[...locale]` parameter. */
export const routeLocale = (params: Record<string, string | undefined>): Locale => localeOf(params['locale']);

/** Every edition's paths to a file that every edition has once (the claims files). */
export const editionPaths = (async () => (await getLocales()).map((locale) => ({ params: { locale: localeParam(locale) } }))) satisfies GetStaticPaths;

export const datasetPaths = (async () => {
	const paths = [];
	for (const locale of await getLocales()) {
		const { datasets } = await getContent(locale);
		paths.push(...[...datasets.keys()].map((dataset) => ({ params: { locale: localeParam(locale), dataset } })));
	}
	return paths;
}) satisfies GetStaticPaths;

/** Paths of the datasets that have series (and so a wide table and a definitions table). */
export const seriesDatasetPaths = (async () => {
	const paths = [];
	for (const locale of await getLocales()) {
		const { datasets } = await getContent(locale);
		paths.push(
			...[...datasets].filter(([, dataset]) => !isIncidentDataset(dataset.data)).map(([dataset]) => ({ params: { locale: localeParam(locale), dataset } })),
		);
	}
	return paths;
}) satisfies GetStaticPaths;

/** A dataset and its rows, each with its source URL. */
export async function datasetWithRows(id: string, locale: Locale) {
	const content = await getContent(locale);
	const dataset = content.datasets.get(id);
	if (!dataset) throw new Error(`No dataset "${id}"`);
	const rows: DatasetRow[] = datasetRows(dataset.data, (sourceId) => requireSource(content, sourceId).data);
	return { dataset, rows };
}

/** A series dataset by id. */
export async function seriesDataset(id: string, locale: Locale): Promise<SeriesDataset> {
	const dataset = (await getContent(locale)).datasets.get(id);
	if (!dataset || isIncidentDataset(dataset.data)) throw new Error(`No series dataset "${id}"`);
	return dataset.data;
}

/** The response for a CSV file. */
export const csvResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
