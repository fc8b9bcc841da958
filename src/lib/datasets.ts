/**
 * Canonical orderings of dataset rows. The chart tables, the timeline and the citation plan all
 * read them from here, so the markers a component renders are the ones the plan numbered.
 */
import type { IncidentDataset, SeriesDataset } from '../schemas/dataset.ts';

type Point = SeriesDataset['points'][number];
type ChartEvent = SeriesDataset['events'][number];
type Incident = IncidentDataset['incidents'][number];

/** Points by date, then in legend order: the order of the data table. */
export function tableRows(dataset: SeriesDataset): Point[] {
	const seriesIndex = new Map(dataset.series.map((series, index) => [series.id, index]));
	return [...dataset.points].sort((a, b) => a.date.localeCompare(b.date) || (seriesIndex.get(a.series) ?? 0) - (seriesIndex.get(b.series) ?? 0));
}

/** Events by date. */
export function sortedEvents(dataset: SeriesDataset): ChartEvent[] {
	return [...dataset.events].sort((a, b) => a.date.localeCompare(b.date));
}

/** Incidents by date, then id. */
export function sortedIncidents(dataset: IncidentDataset): Incident[] {
	return [...dataset.incidents].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The sources a chart cites, in the order of its markers: table rows, then events. */
export function chartSourceIds(dataset: SeriesDataset): string[] {
	return [...tableRows(dataset).map((point) => point.source), ...sortedEvents(dataset).map((event) => event.source)];
}

/** The sources a timeline cites, in the order of its markers. */
export function timelineSourceIds(dataset: IncidentDataset): string[] {
	return sortedIncidents(dataset).flatMap((incident) => incident.sources);
}

/** True for a timeline dataset. */
export function isIncidentDataset(dataset: SeriesDataset | IncidentDataset): dataset is IncidentDataset {
	return 'incidents' in dataset;
}
