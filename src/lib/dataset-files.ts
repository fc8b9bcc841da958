/**
 * The downloadable form of a dataset: one row per point (or incident) with its definition and
 * the URL of its source, as CSV (RFC 4180) and JSON.
 */
import type { IncidentDataset, SeriesDataset } from '../schemas/dataset.ts';
import type { SourceData } from '../schemas/source.ts';
import { isIncidentDataset, sortedIncidents, tableRows } from './datasets.ts';

type SourceLookup = (id: string) => SourceData;

export type DatasetRow = Record<string, string | number | boolean>;

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
	const series = new Map(dataset.series.map((s) => [s.id, s]));
	return tableRows(dataset).map((point) => ({
		date: point.date,
		series: point.series,
		value: point.value,
		unit: dataset.unit,
		definition: series.get(point.series)?.definition ?? '',
		note: point.note ?? '',
		source_id: point.source,
		source_publisher: source(point.source).publisher,
		source_url: source(point.source).url,
	}));
}

function csvField(value: string | number | boolean): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly DatasetRow[]): string {
	const [first] = rows;
	if (!first) return '';
	const columns = Object.keys(first);
	return `${[columns.join(','), ...rows.map((row) => columns.map((column) => csvField(row[column] ?? '')).join(','))].join('\r\n')}\r\n`;
}
