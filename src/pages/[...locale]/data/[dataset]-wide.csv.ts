import type { APIRoute } from 'astro';
import { toCsv, wideRows } from '~/lib/dataset-files';
import { csvResponse, routeLocale, seriesDataset, seriesDatasetPaths } from './_dataset-file';

export const getStaticPaths = seriesDatasetPaths;

/** The wide table: one row per date, one column per series. */
export const GET: APIRoute = async ({ params }) => csvResponse(toCsv(wideRows(await seriesDataset(params['dataset']!, routeLocale(params)))));
