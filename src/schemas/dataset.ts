import { z } from 'astro/zod';
import { contentId, isCalendarDate, isoDate } from './common.ts';

/** How often a dataset's source publishes a new figure. */
export const cadences = ['weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'irregular'] as const;
export type Cadence = (typeof cadences)[number];

/**
 * Days between two figures for each regular cadence. The staleness check (`npm run check:stale`)
 * allows the latest point to be twice that old: one period for the next figure to fall due and
 * one for the source to publish it. An `irregular` dataset has no age limit; only its
 * `next_expected` date is checked.
 */
export const cadenceDays: Readonly<Record<Exclude<Cadence, 'irregular'>, number>> = {
	weekly: 7,
	monthly: 31,
	quarterly: 92,
	'half-yearly': 183,
	yearly: 366,
};

/** The fields every dataset has about keeping it current. */
const currency = {
	/** How often the source publishes: weekly, monthly, quarterly, half-yearly, yearly or irregular. */
	cadence: z.enum(cadences, { error: `expected one of ${cadences.join(', ')}` }),
	/** When the source's next figure is expected (for an irregular dataset: when to look again). */
	next_expected: isoDate,
};

/** next_expected must come after the latest date in the dataset; an invalid date has its own error. */
function checkNextExpected(nextExpected: string, dates: readonly string[], ctx: z.RefinementCtx): void {
	// String order is date order.
	const latest = dates.filter(isCalendarDate).sort().at(-1);
	if (latest !== undefined && isCalendarDate(nextExpected) && nextExpected <= latest) {
		ctx.addIssue({
			code: 'custom',
			path: ['next_expected'],
			message: `next_expected (${nextExpected}) must be after the latest date in the dataset (${latest}): when is the next figure due?`,
		});
	}
}

/** A dated annotation drawn on a chart. */
export const chartEventSchema = z
	.object({
		/** When it happened. */
		date: isoDate,
		/** Short label drawn on the chart. */
		label: z.string().trim().min(1).max(80),
		/** Source of the event. */
		source: contentId,
	})
	.strict();

/** One measured value. */
export const dataPointSchema = z
	.object({
		/** The as-of date of the value. */
		date: isoDate,
		/** Id of the series the value belongs to. */
		series: contentId,
		/** The value, in the dataset's unit. */
		value: z.number().finite(),
		/** Source that states this value. */
		source: contentId,
		/** Anything a reader must know about this point (a change of definition, say). */
		note: z.string().trim().min(1).optional(),
	})
	.strict();

/** A line of values measured the same way. */
export const seriesSchema = z
	.object({
		/** Id used by the points. */
		id: contentId,
		/** Label in the legend. */
		label: z.string().trim().min(1),
		/** Exactly what is measured (numerator, denominator, as-of rule). */
		definition: z.string().trim().min(1),
	})
	.strict();

/** A time series dataset behind a chart, in `content/data/`. */
export const seriesDatasetSchema = z
	.object({
		...currency,
		/** Chart title. */
		title: z.string().trim().min(1),
		/** What the chart shows, read out as its description. */
		description: z.string().trim().min(1),
		/** Unit of every value. */
		unit: z.enum(['percent', 'count']),
		/** The series, in legend order; at most four, each with its own line style. */
		series: z.array(seriesSchema).min(1).max(4),
		/** The values. */
		points: z.array(dataPointSchema).min(1),
		/** Dated annotations. */
		events: z.array(chartEventSchema).default([]),
	})
	.strict()
	.superRefine((dataset, ctx) => {
		checkNextExpected(
			dataset.next_expected,
			dataset.points.map((point) => point.date),
			ctx,
		);
		const ids = new Set(dataset.series.map((series) => series.id));
		dataset.points.forEach((point, index) => {
			if (!ids.has(point.series)) {
				ctx.addIssue({
					code: 'custom',
					path: ['points', index, 'series'],
					message: `unknown series "${point.series}"; expected one of ${[...ids].join(', ')}`,
				});
			}
		});
	});

/** One incident on the timeline. */
export const incidentSchema = z
	.object({
		/** Stable id, used as the anchor on the timeline. */
		id: contentId,
		/** When it happened or was announced. */
		date: isoDate,
		/** Short title. */
		title: z.string().trim().min(1),
		/** What happened, in one or two sentences. */
		summary: z.string().trim().min(1),
		/** How many people or records were affected. */
		scale: z.string().trim().min(1),
		/** Whether the incident happened inside the My Number system itself. */
		inside_my_number: z.boolean(),
		/** Sources for the incident. */
		sources: z.array(contentId).min(1),
	})
	.strict();

/** The incident timeline dataset. */
export const incidentDatasetSchema = z
	.object({
		...currency,
		/** Timeline title. */
		title: z.string().trim().min(1),
		/** What the timeline shows. */
		description: z.string().trim().min(1),
		/** The incidents. */
		incidents: z.array(incidentSchema).min(1),
	})
	.strict()
	.superRefine((dataset, ctx) =>
		checkNextExpected(
			dataset.next_expected,
			dataset.incidents.map((incident) => incident.date),
			ctx,
		),
	);

/**
 * Any dataset in `content/data/`: a file with an `incidents` list is a timeline, any other file a
 * time series. Choosing the schema up front keeps error messages about the file's own fields
 * instead of a union's "no variant matched".
 */
export const datasetSchema = z.unknown().transform((input, ctx): SeriesDataset | IncidentDataset => {
	const isTimeline = typeof input === 'object' && input !== null && 'incidents' in input;
	const result = (isTimeline ? incidentDatasetSchema : seriesDatasetSchema).safeParse(input);
	if (result.success) return result.data;
	for (const issue of result.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message });
	return z.NEVER;
});

/** A time series as written in its file. */
export type SeriesDatasetInput = z.input<typeof seriesDatasetSchema>;
export type SeriesDataset = z.output<typeof seriesDatasetSchema>;
/** A timeline as written in its file. */
export type IncidentDatasetInput = z.input<typeof incidentDatasetSchema>;
export type IncidentDataset = z.output<typeof incidentDatasetSchema>;
export type Dataset = z.output<typeof datasetSchema>;

/**
 * The texts of a dataset in a translated edition, `content/de/data/<same id>.yaml`: the numbers
 * stay in the English file, only titles, labels, definitions and notes are translated. Every
 * series, event, note and incident of the English file needs its translation (checked when the
 * content index is built).
 */
export const datasetTextsSchema = z
	.object({
		/** Title in the edition's language. */
		title: z.string().trim().min(1),
		/** Description in the edition's language. */
		description: z.string().trim().min(1),
		/** Each series' label and definition, by series id (time series only). */
		series: z.array(z.object({ id: contentId, label: z.string().trim().min(1), definition: z.string().trim().min(1) }).strict()).default([]),
		/** Each event's label, by date, in the English order (time series only). */
		events: z.array(z.object({ date: isoDate, label: z.string().trim().min(1).max(80) }).strict()).default([]),
		/** Each point note, by date and series (time series only). */
		notes: z.array(z.object({ date: isoDate, series: contentId, note: z.string().trim().min(1) }).strict()).default([]),
		/** Each incident's title, summary and scale, by incident id (timelines only). */
		incidents: z
			.array(z.object({ id: contentId, title: z.string().trim().min(1), summary: z.string().trim().min(1), scale: z.string().trim().min(1) }).strict())
			.default([]),
	})
	.strict();

export type DatasetTexts = z.output<typeof datasetTextsSchema>;
