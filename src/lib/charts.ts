/**
 * Geometry for the build-time SVG charts: scales, ticks and paths from a time-series dataset.
 * d3-scale and d3-shape do the maths; the Chart component only draws what this returns.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { line } from 'd3-shape';
import type { SeriesDataset } from '../schemas/dataset.ts';
import { toUtcDate } from './dates.ts';
import { sortedEvents } from './datasets.ts';

/**
 * A chart is as wide as its column and a fixed number of CSS pixels high, so its text keeps the
 * same size on a phone and on a desktop (a scaled viewBox would shrink it to 9 px on a phone).
 * Horizontal positions are therefore percentages of the chart's width, vertical ones pixels.
 */
export interface ChartLayout {
	/** Height in CSS pixels. */
	height: number;
	/** Top and bottom in pixels; left and right in percent of the width (room for the value labels). */
	margin: { top: number; right: number; bottom: number; left: number };
}

export const defaultLayout: ChartLayout = {
	height: 320,
	margin: { top: 36, right: 3, bottom: 44, left: 14 },
};

/** Width of the coordinate system the lines are drawn in; the plot stretches it to its width. */
export const pathWidth = 1000;

export interface PlottedSeries {
	id: string;
	label: string;
	/** SVG path data for the line, x in 0…`pathWidth` across the plot, y in pixels. */
	path: string;
	/** Points: x in percent of the chart's width, y in pixels. */
	points: { x: number; y: number; date: string; value: number }[];
}

export interface ChartGeometry {
	layout: ChartLayout;
	/** x in percent; `minor` ticks are left out where the chart is narrow. */
	xTicks: { x: number; label: string; minor: boolean }[];
	/** y in pixels. */
	yTicks: { y: number; label: string }[];
	series: PlottedSeries[];
	/** Event markers, x in percent; `row` staggers the numbers of events too close to share a line. */
	events: { x: number; number: number; date: string; label: string; row: number }[];
	/** left and right in percent, top and bottom in pixels. */
	plot: { left: number; right: number; top: number; bottom: number };
}

// One formatter each: toLocaleString builds a new formatter on every call, which showed in build profiles.
const numberFormats = {
	en: { percent: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }), count: new Intl.NumberFormat('en-GB') },
	de: { percent: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }), count: new Intl.NumberFormat('de-DE') },
} as const;
const monthFormats = {
	en: new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }),
	de: new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' }),
} as const;

/** Formats a value in the dataset's unit: `49%`, `6.56%` or `1,234,567`; in German `49 %`, `6,56 %` or `1.234.567`. */
export function formatValue(value: number, unit: SeriesDataset['unit'], locale: 'en' | 'de' = 'en'): string {
	const formats = numberFormats[locale];
	if (unit === 'count') return formats.count.format(value);
	return locale === 'de' ? `${formats.percent.format(value)}\u00a0%` : `${formats.percent.format(value)}%`;
}

const defaultGeometries = new WeakMap<SeriesDataset, ChartGeometry>();

/** The chart of a dataset; the default layout's is computed once per dataset, however many articles draw it. */
export function chartGeometry(dataset: SeriesDataset, layout: ChartLayout = defaultLayout, locale: 'en' | 'de' = 'en'): ChartGeometry {
	if (layout !== defaultLayout) return computeGeometry(dataset, layout, locale);
	let geometry = defaultGeometries.get(dataset);
	if (!geometry) {
		geometry = computeGeometry(dataset, layout, locale);
		defaultGeometries.set(dataset, geometry);
	}
	return geometry;
}

function computeGeometry(dataset: SeriesDataset, layout: ChartLayout, locale: 'en' | 'de'): ChartGeometry {
	const plot = {
		left: layout.margin.left,
		right: 100 - layout.margin.right,
		top: layout.margin.top,
		bottom: layout.height - layout.margin.bottom,
	};
	const dates = [...dataset.points.map((p) => p.date), ...dataset.events.map((e) => e.date)].map(toUtcDate);
	const first = new Date(Math.min(...dates.map(Number)));
	const last = new Date(Math.max(...dates.map(Number)));
	// x as a fraction of the plot's width: 0 at the left edge, 1 at the right.
	const x = scaleUtc().domain([first, last]).range([0, 1]).nice();
	const maxValue = Math.max(...dataset.points.map((p) => p.value));
	const y = scaleLinear()
		.domain([0, dataset.unit === 'percent' ? Math.max(100, maxValue) : maxValue])
		.range([plot.bottom, plot.top])
		.nice();
	// A year at its start, else the month's name, in the page's language.
	const xLabel = (tick: Date) => (tick.getUTCMonth() === 0 && tick.getUTCDate() === 1 ? String(tick.getUTCFullYear()) : monthFormats[locale].format(tick));
	const round = (n: number) => Math.round(n * 100) / 100;
	const percentX = (fraction: number) => round(plot.left + fraction * (plot.right - plot.left));
	const toLine = line<{ fraction: number; y: number }>()
		.x((p) => round(p.fraction * pathWidth))
		.y((p) => p.y);
	const series = dataset.series.map((s) => {
		const plotted = dataset.points
			.filter((p) => p.series === s.id)
			.sort((a, b) => a.date.localeCompare(b.date))
			.map((p) => ({ fraction: x(toUtcDate(p.date)), y: round(y(p.value)), date: p.date, value: p.value }));
		return {
			id: s.id,
			label: s.label,
			points: plotted.map((p) => ({ x: percentX(p.fraction), y: p.y, date: p.date, value: p.value })),
			path: toLine(plotted) ?? '',
		};
	});
	return {
		layout,
		plot,
		xTicks: x.ticks(8).map((tick, index) => ({ x: percentX(x(tick)), label: xLabel(tick), minor: index % 2 === 1 })),
		yTicks: y.ticks(5).map((tick) => ({ y: round(y(tick)), label: formatValue(tick, dataset.unit, locale) })),
		series,
		events: staggerRows(
			sortedEvents(dataset).map((event, index) => ({ x: percentX(x(toUtcDate(event.date))), number: index + 1, date: event.date, label: event.label })),
		),
	};
}

/**
 * Puts an event's number one row lower when it would touch the previous one on its row. `minGap`
 * is in percent of the chart's width: 9% keeps two-digit numbers apart on a 320 px phone.
 */
export function staggerRows<E extends { x: number }>(events: readonly E[], minGap = 9): (E & { row: number })[] {
	const lastX: number[] = [];
	return events.map((event) => {
		let row = 0;
		while (lastX[row] !== undefined && event.x - lastX[row]! < minGap) row++;
		lastX[row] = event.x;
		return { ...event, row };
	});
}
