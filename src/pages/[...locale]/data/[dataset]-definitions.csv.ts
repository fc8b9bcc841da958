import type { APIRoute } from 'astro';
import { definitionRows, toCsv } from '~/lib/dataset-files';
import { csvResponse, routeLocale, seriesDataset, seriesDatasetPaths } from './_dataset-file';

export const getStaticPaths = seriesDatasetPaths;

/** What each series measures, once per series instead of on every row. */
export const GET: APIRoute = async ({ params }) => csvResponse(toCsv(definitionRows(await seriesDataset(params['dataset']!, routeLocale(params)))));
