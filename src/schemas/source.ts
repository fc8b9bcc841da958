import { z } from 'astro/zod';
import { httpsUrl, isCalendarDate, languageTag, pastDate } from './common.ts';

/** Kinds of source. The first three are primary sources. */
export const sourceKinds = ['government', 'court', 'statistics', 'news', 'academic', 'ngo', 'other'] as const;
/** One kind of source. */
export type SourceKind = (typeof sourceKinds)[number];
export const primarySourceKinds: ReadonlySet<string> = new Set(['government', 'court', 'statistics']);

/** One cited source; its id is the file name in `content/sources/`. */
export const sourceSchema = z
	.object({
		/** Title as published, in the original language. */
		title: z.string().trim().min(1),
		/**
		 * True when no headline was visible where the source was read and `title` is a description
		 * written by this site in English; it is shown in square brackets, as citation styles do for untitled works.
		 */
		title_supplied: z.boolean().default(false),
		/** English title; required when the source is not in English. */
		title_en: z.string().trim().min(1).optional(),
		/**
		 * German title for the German edition: a translation of `title`, required wherever the
		 * English edition adds `title_en` or shows a supplied description.
		 */
		title_de: z.string().trim().min(1).optional(),
		/** Organisation that published the page (ministry, newspaper, court). */
		publisher: z.string().trim().min(1),
		/** Exact address of the page that was read. */
		url: httpsUrl,
		/** Date shown on the page; omitted when the page shows none. */
		published: pastDate.optional(),
		/** The day the text was read for this site. */
		accessed: pastDate,
		/** Language of the source (BCP 47). */
		language: languageTag,
		/** What sort of source this is; government, court and statistics count as primary. */
		kind: z.enum(sourceKinds),
		/**
		 * Where the text was read when it was not the publisher's own site: a reposting site or a
		 * document-sharing copy, e.g. "expydoc.com (document-sharing site)". Such a copy never
		 * counts as a primary source.
		 */
		via: z.string().trim().min(1).optional(),
		/** A copy in a web archive that was actually seen. */
		archive_url: httpsUrl.optional(),
		/** The date of that archived copy. */
		archived: pastDate.optional(),
		/** A passage copied verbatim from the source, in its original language. */
		quote: z.string().trim().min(1).optional(),
	})
	.strict()
	.refine((source) => source.language === 'en' || source.title_supplied || source.title_en !== undefined, {
		error: 'title_en is required when the source is not in English (unless the title is a supplied English description)',
		path: ['title_en'],
	})
	.refine((source) => source.title_de !== undefined || (source.title_en === undefined && !source.title_supplied), {
		error: 'title_de (the German translation of the title) is required when the source has title_en or a supplied title',
		path: ['title_de'],
	})
	.refine((source) => (source.archive_url === undefined) === (source.archived === undefined), {
		error: 'archive_url and archived go together: give both or neither',
		path: ['archived'],
	})
	.refine(
		(source) => source.published === undefined || !isCalendarDate(source.published) || !isCalendarDate(source.accessed) || source.accessed >= source.published,
		{
			error: 'accessed must not be earlier than published: a page cannot be read before it appeared',
			path: ['accessed'],
		},
	);

/** The source as written in its file. */
export type SourceInput = z.input<typeof sourceSchema>;
/** The source after validation and defaults. */
export type SourceData = z.output<typeof sourceSchema>;
