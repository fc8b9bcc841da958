import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/dates.ts';
import { contentId, pastDate } from './common.ts';

/** Topics, in the order the home page lists them. */
export const topics = ['basics', 'health-insurance', 'adoption', 'security', 'fact-check'] as const;
export type Topic = (typeof topics)[number];

/** One dated entry in an article's public changelog. */
export const changeSchema = z
	.object({
		/** When the change was published. */
		date: pastDate,
		/** `correction` fixes an error, `verdict-change` changes a rating, `update` adds news. */
		kind: z.enum(['update', 'correction', 'verdict-change']),
		/** What changed, in a sentence. */
		summary: z.string().trim().min(1),
	})
	.strict();

/** A reviewed exception to the citation rule: a block that states a figure or date but needs no source. */
export const uncitedBlockSchema = z
	.object({
		/** The start of the block's text as a reader sees it, enough to tell it from the others. */
		starts_with: z.string().trim().min(8),
		/** Why the block needs no citation (it only restates a cited figure, say), for the reviewer. */
		reason: z.string().trim().min(1),
	})
	.strict();

/** Frontmatter of an article in `content/articles/`. */
export const articleSchema = z
	.object({
		/** Headline, also used in link previews and citations. */
		title: z.string().trim().min(1).max(120),
		/** One or two sentences for the home page, feeds and link previews. */
		summary: z.string().trim().min(1).max(300),
		/** The topic the home page groups the article under. */
		topic: z.enum(topics),
		/** First publication date. */
		published: pastDate,
		/** Date of the last substantive change. */
		updated: pastDate,
		/** Last date every statement was checked against its sources. */
		reviewed: pastDate,
		/** Public changelog, newest first. */
		changelog: z.array(changeSchema).min(1),
		/** Ids of the claims (in `content/claims/`) that this article reviews, in order. */
		claims: z.array(contentId).default([]),
		/** Reviewed exceptions to "every factual block cites a source"; `npm run lint:content` lists them all. */
		uncited_blocks: z.array(uncitedBlockSchema).default([]),
		/**
		 * Old section anchors that must keep working after a heading is renamed: `old-id: new-id`.
		 * The page keeps an element with the old id right at the renamed heading.
		 */
		anchor_aliases: z.record(z.string().regex(/^[^\s#]+$/, { error: 'expected an anchor id without # or spaces' }), z.string().min(1)).default({}),
	})
	.strict()
	.refine((article) => !bothCalendarDates(article) || article.updated >= article.published, {
		error: 'updated must not be earlier than published',
		path: ['updated'],
	})
	.refine((article) => !bothCalendarDates({ published: article.updated, updated: article.reviewed }) || article.reviewed >= article.updated, {
		error: 'reviewed must not be earlier than updated: a change is checked against its sources before it is published',
		path: ['reviewed'],
	});

/** Only compare dates that are valid; an invalid one already has its own error. */
function bothCalendarDates(article: { published: string; updated: string }): boolean {
	return isCalendarDate(article.published) && isCalendarDate(article.updated);
}

/** The article as written in its file. */
export type ArticleInput = z.input<typeof articleSchema>;
/** The article after validation and defaults. */
export type ArticleData = z.output<typeof articleSchema>;
