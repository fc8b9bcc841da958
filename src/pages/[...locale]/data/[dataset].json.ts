import type { APIRoute } from 'astro';
import { isIncidentDataset } from '~/lib/datasets';
import { localePath } from '~/i18n';
import { absoluteUrl, datasetPath } from '~/lib/urls';
import { datasetPaths, datasetWithRows, routeLocale } from './_dataset-file';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const locale = routeLocale(params);
	const { dataset, rows } = await datasetWithRows(params['dataset']!, locale);
	const body = {
		title: dataset.data.title,
		description: dataset.data.description,
		language: locale,
		url: absoluteUrl(localePath(locale, datasetPath(dataset.id, 'json')), site),
		// How often the source publishes, and when its next figure is expected.
		cadence: dataset.data.cadence,
		next_expected: dataset.data.next_expected,
		...(isIncidentDataset(dataset.data) ? {} : { unit: dataset.data.unit, series: dataset.data.series }),
		rows,
	};
	return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
