import { z } from 'astro/zod';
import { contentId, isCalendarDate, isoDate, pastDate } from './common.ts';
import { verdictSchema } from './verdict.ts';

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
		/** What changed, in a sentence; for a verdict change, why the rating changed. */
		summary: z.string().trim().min(1),
		/** Verdict changes only: id of the claim (in `content/claims/`) whose rating changed. */
		claim: contentId.optional(),
		/** Verdict changes only, when one part of the claim was re-rated: that part's text, as in the claim file. */
		part: z.string().trim().min(1).optional(),
		/** Verdict changes only: the verdict before the change, on the published scale. */
		from: verdictSchema.optional(),
		/** Verdict changes only: the verdict after the change, on the published scale. */
		to: verdictSchema.optional(),
	})
	.strict()
	.superRefine((change, context) => {
		const fields = ['claim', 'from', 'to'] as const;
		if (change.kind === 'verdict-change') {
			for (const field of fields) {
				if (change[field] === undefined) {
					context.addIssue({
						code: 'custom',
						path: [field],
						message: `a verdict-change entry needs claim (the claim id), from and to (the old and new verdicts); ${field} is missing`,
					});
				}
			}
			if (change.from !== undefined && change.from === change.to) {
				context.addIssue({
					code: 'custom',
					path: ['to'],
					message: `to is the same verdict as from ("${change.from}"); a verdict-change entry must change the verdict`,
				});
			}
		} else {
			for (const field of [...fields, 'part'] as const) {
				if (change[field] !== undefined) {
					context.addIssue({
						code: 'custom',
						path: [field],
						message: `${field} belongs only to an entry of kind verdict-change; this entry is kind ${change.kind}`,
					});
				}
			}
		}
	});

/** A changelog entry as written in the frontmatter. */
export type ChangeInput = z.input<typeof changeSchema>;
/** A changelog entry after validation. */
export type Change = z.output<typeof changeSchema>;

/** A reviewed exception to the citation rule: a block that states a figure or date but needs no source. */
export const uncitedBlockSchema = z
	.object({
		/** The start of the block's text as a reader sees it, enough to tell it from the others. */
		starts_with: z.string().trim().min(8),
		/** Why the block needs no citation (it only restates a cited figure, say), for the reviewer. */
		reason: z.string().trim().min(1),
	})
	.strict();

/** The fields every article has, in either edition. */
const articleFields = {
	/** Headline, also used in link previews and citations. */
	title: z.string().trim().min(1).max(120),
	/** One or two sentences for the home page, feeds and link previews. */
	summary: z.string().trim().min(1).max(300),
	/** The topic the home page groups the article under. */
	topic: z.enum(topics),
	/** The date the article's figures are current to, shown as "Figures as of"; not after `reviewed`. */
	figures_as_of: isoDate,
	/** The date by which the article must be reviewed again, shown as "Next review by"; after `reviewed`. */
	review_by: isoDate,
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
};

/**
 * The date rules every article follows: updated ≥ published, reviewed ≥ updated, a review date
 * ahead, and figures no newer than the last review.
 */
function withDateRules<T extends z.ZodType<z.output<typeof englishArticle>>>(schema: T) {
	return schema
		.refine((article) => !calendarDates(article.published, article.updated) || article.updated >= article.published, {
			error: 'updated must not be earlier than published',
			path: ['updated'],
		})
		.refine((article) => !calendarDates(article.updated, article.reviewed) || article.reviewed >= article.updated, {
			error: 'reviewed must not be earlier than updated: a change is checked against its sources before it is published',
			path: ['reviewed'],
		})
		.refine((article) => !calendarDates(article.reviewed, article.review_by) || article.review_by > article.reviewed, {
			error: (issue) => {
				const article = issue.input as { reviewed: string; review_by: string };
				return `review_by (${article.review_by}) must be after reviewed (${article.reviewed}): the date by which the article is reviewed again`;
			},
			path: ['review_by'],
		})
		.refine((article) => !calendarDates(article.figures_as_of, article.reviewed) || article.figures_as_of <= article.reviewed, {
			error: (issue) => {
				const article = issue.input as { reviewed: string; figures_as_of: string };
				return `figures_as_of (${article.figures_as_of}) must not be after reviewed (${article.reviewed}): figures are current only to the last check against their sources`;
			},
			path: ['figures_as_of'],
		});
}

const englishArticle = z.object(articleFields).strict();

/** Frontmatter of an article in `content/articles/` (the English edition). */
export const articleSchema = withDateRules(englishArticle);

/** A section key: the anchor id of the English heading a translated heading matches. */
const sectionKey = z.string().regex(/^[^\s#]+$/, { error: 'expected the anchor id of an English heading, without # or spaces' });

/**
 * Frontmatter of a translated article, e.g. `content/de/articles/`: the same fields, plus the
 * article it translates and the key of each of its sections, so that the two editions' anchors
 * map onto each other (the language link lands on the matching section).
 */
export const translatedArticleSchema = withDateRules(
	z
		.object({
			...articleFields,
			/** The id of the English article this one translates (its file name in `content/articles/`). */
			translation_of: contentId,
			/**
			 * One key per `##`/`###` heading, in order: the anchor id of the matching English heading.
			 * Every English heading must have exactly one match.
			 */
			sections: z.array(sectionKey).default([]),
		})
		.strict(),
);

/** Only compare dates that are valid; an invalid one already has its own error. */
function calendarDates(...dates: string[]): boolean {
	return dates.every(isCalendarDate);
}

/** The article as written in its file. */
export type ArticleInput = z.input<typeof articleSchema>;
/** The article after validation and defaults. */
/** An article after validation; a translation also names its original and its section keys. */
export type ArticleData = z.output<typeof articleSchema> & Partial<Pick<z.output<typeof translatedArticleSchema>, 'translation_of' | 'sections'>>;
