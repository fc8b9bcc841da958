import { z } from 'astro/zod';
import { contentId, isoDate } from './common.ts';

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
		/** Timeline title. */
		title: z.string().trim().min(1),
		/** What the timeline shows. */
		description: z.string().trim().min(1),
		/** The incidents. */
		incidents: z.array(incidentSchema).min(1),
	})
	.strict();

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
