/**
 * The downloadable forms of a dataset, as CSV (RFC 4180) and JSON:
 * - long: one row per point (or incident) with its source;
 * - wide: one row per date, one column per series (series datasets only);
 * - definitions: one row per series with its label, unit and exact definition, so the long and
 *   wide files need not repeat the definition on every row.
 *
 * The CSV files are written for spreadsheets by src/lib/csv.ts (byte-order mark, formulas neutralised).
 */
import type { IncidentDataset, SeriesDataset } from '../schemas/dataset.ts';
import type { SourceData } from '../schemas/source.ts';
import type { CsvRow } from './csv.ts';
import { isIncidentDataset, sortedIncidents, tableRows } from './datasets.ts';

export { toCsv } from './csv.ts';

type SourceLookup = (id: string) => SourceData;

export type DatasetRow = CsvRow;

/** The long table: one row per point (or incident), with its source. */
export function datasetRows(dataset: SeriesDataset | IncidentDataset, source: SourceLookup): DatasetRow[] {
	if (isIncidentDataset(dataset)) {
		return sortedIncidents(dataset).map((incident) => ({
			id: incident.id,
			date: incident.date,
			title: incident.title,
			summary: incident.summary,
			scale: incident.scale,
			inside_my_number: incident.inside_my_number,
			source_ids: incident.sources.join(' '),
			source_urls: incident.sources.map((id) => source(id).url).join(' '),
		}));
	}
	return tableRows(dataset).map((point) => ({
		date: point.date,
		series: point.series,
		value: point.value,
		unit: dataset.unit,
		note: point.note ?? '',
		source_id: point.source,
		source_publisher: source(point.source).publisher,
		source_url: source(point.source).url,
	}));
}

/** The wide table: one row per date, one column per series id (empty where a series has no value that day). */
export function wideRows(dataset: SeriesDataset): DatasetRow[] {
	const byDate = new Map<string, DatasetRow>();
	for (const point of tableRows(dataset)) {
		let row = byDate.get(point.date);
		if (!row) {
			row = { date: point.date, ...Object.fromEntries(dataset.series.map((series) => [series.id, ''])) };
			byDate.set(point.date, row);
		}
		row[point.series] = point.value;
	}
	return [...byDate.values()];
}

/** One row per series: what each column of the wide table (and each `series` of the long one) means. */
export function definitionRows(dataset: SeriesDataset): DatasetRow[] {
	return dataset.series.map((series) => ({ series: series.id, label: series.label, unit: dataset.unit, definition: series.definition }));
}
