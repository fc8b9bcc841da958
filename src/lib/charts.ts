/**
 * Geometry for the build-time SVG charts: scales, ticks and paths from a time-series dataset.
 * d3-scale and d3-shape do the maths; the Chart component only draws what this returns.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { SeriesDataset } from '../schemas/dataset.ts';
import { toUtcDate } from './dates.ts';
import { sortedEvents } from './datasets.ts';

export interface ChartLayout {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

export const defaultLayout: ChartLayout = {
	width: 720,
	height: 380,
	margin: { top: 36, right: 24, bottom: 48, left: 56 },
};

export interface PlottedSeries {
	id: string;
	label: string;
	/** SVG path data for the line. */
	path: string;
	points: { x: number; y: number; date: string; value: number }[];
}

export interface ChartGeometry {
	layout: ChartLayout;
	xTicks: { x: number; label: string }[];
	yTicks: { y: number; label: string }[];
	series: PlottedSeries[];
	/** Event markers; `row` staggers the numbers of events too close to share a line. */
	events: { x: number; number: number; date: string; label: string; row: number }[];
	plot: { left: number; right: number; top: number; bottom: number };
}

// One formatter each: toLocaleString builds a new formatter on every call, which showed in build profiles.
const percentFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const countFormat = new Intl.NumberFormat('en-GB');

/** Formats a value in the dataset's unit: `49%`, `6.56%` or `1,234,567`. */
export function formatValue(value: number, unit: SeriesDataset['unit']): string {
	return unit === 'percent' ? `${percentFormat.format(value)}%` : countFormat.format(value);
}

const defaultGeometries = new WeakMap<SeriesDataset, ChartGeometry>();

/** The chart of a dataset; the default layout's is computed once per dataset, however many articles draw it. */
export function chartGeometry(dataset: SeriesDataset, layout: ChartLayout = defaultLayout): ChartGeometry {
	if (layout !== defaultLayout) return computeGeometry(dataset, layout);
	let geometry = defaultGeometries.get(dataset);
	if (!geometry) {
		geometry = computeGeometry(dataset, layout);
		defaultGeometries.set(dataset, geometry);
	}
	return geometry;
}

function computeGeometry(dataset: SeriesDataset, layout: ChartLayout): ChartGeometry {
	const plot = {
		left: layout.margin.left,
		right: layout.width - layout.margin.right,
		top: layout.margin.top,
		bottom: layout.height - layout.margin.bottom,
	};
	const dates = [...dataset.points.map((p) => p.date), ...dataset.events.map((e) => e.date)].map(toUtcDate);
	const first = new Date(Math.min(...dates.map(Number)));
	const last = new Date(Math.max(...dates.map(Number)));
	const x = scaleUtc().domain([first, last]).range([plot.left, plot.right]).nice();
	const maxValue = Math.max(...dataset.points.map((p) => p.value));
	const y = scaleLinear()
		.domain([0, dataset.unit === 'percent' ? Math.max(100, maxValue) : maxValue])
		.range([plot.bottom, plot.top])
		.nice();
	const xLabel = x.tickFormat();
	const round = (n: number) => Math.round(n * 10) / 10;
	const toLine = line<{ x: number; y: number }>()
		.x((p) => p.x)
		.y((p) => p.y);
	const series = dataset.series.map((s) => {
		const points = dataset.points
			.filter((p) => p.series === s.id)
			.sort((a, b) => a.date.localeCompare(b.date))
			.map((p) => ({ x: round(x(toUtcDate(p.date))), y: round(y(p.value)), date: p.date, value: p.value }));
		return { id: s.id, label: s.label, points, path: toLine(points) ?? '' };
	});
	return {
		layout,
		plot,
		xTicks: x.ticks(8).map((tick) => ({ x: round(x(tick)), label: xLabel(tick) })),
		yTicks: y.ticks(5).map((tick) => ({ y: round(y(tick)), label: formatValue(tick, dataset.unit) })),
		series,
		events: staggerRows(
			sortedEvents(dataset).map((event, index) => ({ x: round(x(toUtcDate(event.date))), number: index + 1, date: event.date, label: event.label })),
		),
	};
}

/** Puts an event's number one row lower when it would touch the previous one on its row. */
export function staggerRows<E extends { x: number }>(events: readonly E[], minGap = 22): (E & { row: number })[] {
	const lastX: number[] = [];
	return events.map((event) => {
		let row = 0;
		while (lastX[row] !== undefined && event.x - lastX[row]! < minGap) row++;
		lastX[row] = event.x;
		return { ...event, row };
	});
}
