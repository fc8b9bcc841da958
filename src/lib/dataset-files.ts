/**
 * The downloadable forms of a dataset, as CSV (RFC 4180) and JSON:
 * - long: one row per point (or incident) with its source;
 * - wide: one row per date, one column per series (series datasets only);
 * - definitions: one row per series with its label, unit and exact definition, so the long and
 *   wide files need not repeat the definition on every row.
 *
 * CSV files are written for spreadsheets: UTF-8 with a byte-order mark (so Excel, including
 * German Excel, reads Japanese text and umlauts correctly) and with every text field that a
 * spreadsheet would run as a formula neutralised (see `csvField`).
 */
import type { IncidentDataset, SeriesDataset } from '../schemas/dataset.ts';
import type { SourceData } from '../schemas/source.ts';
import { isIncidentDataset, sortedIncidents, tableRows } from './datasets.ts';

type SourceLookup = (id: string) => SourceData;

export type DatasetRow = Record<string, string | number | boolean>;

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

/** A genuine number written as text (`-3`, `-0.25`), which a spreadsheet may read as a number. */
const plainNumber = /^[+-]?\d+(\.\d+)?$/;

/**
 * One CSV field. Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be
 * run as a formula by a spreadsheet (CSV injection), so it gets a leading `'`, as OWASP advises;
 * numbers, and text that is exactly a number, stay as they are.
 */
export function csvField(value: string | number | boolean): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !plainNumber.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Byte-order mark: tells spreadsheets the file is UTF-8. */
export const utf8Bom = '\uFEFF';

/** Rows as a CSV file with a header line, CRLF line ends and a byte-order mark; empty input gives an empty string. */
export function toCsv(rows: readonly DatasetRow[]): string {
	const [first] = rows;
	if (!first) return '';
	const columns = Object.keys(first);
	const lines = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((column) => csvField(row[column] ?? '')).join(','))];
	return `${utf8Bom}${lines.join('\r\n')}\r\n`;
}
