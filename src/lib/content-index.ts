/**
 * Cross-checks the collections and derives what pages need from them. Pure: it takes plain
 * entries and returns an index or throws a ContentError naming the file, the id and what was
 * expected. `src/content.ts` feeds it the real collections; tests feed it fixtures.
 */
import type { ArticleData, Topic } from '../schemas/article.ts';
import { topics } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { Dataset, IncidentDataset, SeriesDataset } from '../schemas/dataset.ts';
import type { GlossaryEntryData } from '../schemas/glossary.ts';
import type { SourceData } from '../schemas/source.ts';
import { buildCitationPlan, parseCiteIds, type CitationPlan, type CitingElement } from './citations.ts';
import { claimBoxSourceIds } from './claim-box.ts';
import { chartSourceIds, isIncidentDataset, timelineSourceIds } from './datasets.ts';
import type { Heading } from './headings.ts';
import { articleTextProblems } from './article-checks.ts';
import { scanMdx, type CitingTag } from './mdx.ts';
import { duplicateSourceMessage } from './source-urls.ts';
import { claimsDatasetId, claimsIndexCardId, siteCardId } from './urls.ts';

export class ContentError extends Error {
	override name = 'ContentError';
}

export interface Entry<T> {
	id: string;
	/** Path relative to the project root, for error messages. */
	filePath: string;
	data: T;
}

export interface ArticleEntry extends Entry<ArticleData> {
	/** The MDX body without frontmatter. */
	body: string;
	/** The line of the file on which the body starts, for messages (1 when the body keeps the frontmatter's lines). */
	bodyLine?: number;
}

export interface RawContent {
	/** The edition's content folder under content/, for messages: '' for English, 'de/' for German. */
	editionFolder?: string;
	articles: readonly ArticleEntry[];
	sources: readonly Entry<SourceData>[];
	claims: readonly Entry<ClaimData>[];
	datasets: readonly Entry<Dataset>[];
	glossary: readonly Entry<GlossaryEntryData>[];
}

export interface ContentIndex {
	/** Articles in home-page order: by topic, then by publication date. */
	articles: ArticleEntry[];
	/** The same articles by id, so a page finds its own without scanning the list. */
	articleById: Map<string, ArticleEntry>;
	sources: Map<string, Entry<SourceData>>;
	claims: Map<string, Entry<ClaimData>>;
	datasets: Map<string, Entry<Dataset>>;
	glossary: Entry<GlossaryEntryData>[];
	/** Citation plan per article id. */
	plans: Map<string, CitationPlan>;
	/** Headings per article id, with the ids the renderer gives them. */
	headings: Map<string, Heading[]>;
	/** Article ids citing each source, in article order. */
	citedBy: Map<string, string[]>;
}

function byId<E extends Entry<unknown>>(entries: readonly E[], kind: string): Map<string, E> {
	const map = new Map<string, E>();
	for (const entry of entries) {
		const earlier = map.get(entry.id);
		if (earlier) throw new ContentError(`Duplicate ${kind} id "${entry.id}": ${earlier.filePath} and ${entry.filePath}`);
		map.set(entry.id, entry);
	}
	return map;
}

function requireEntry<T>(map: Map<string, Entry<T>>, id: string, where: string, kind: string, folder: string): Entry<T> {
	const entry = map.get(id);
	if (!entry) {
		throw new ContentError(`${where}: unknown ${kind} "${id}"; expected a file content/${folder}/${id}.yaml`);
	}
	return entry;
}

function topicRank(topic: Topic): number {
	return topics.indexOf(topic);
}

export function buildContentIndex(raw: RawContent): ContentIndex {
	const sources = byId(raw.sources, 'source');
	const claims = byId(raw.claims, 'claim');
	const claimFolder = `${raw.editionFolder ?? ''}claims`;
	const datasets = byId(raw.datasets, 'dataset');
	const articleById = byId(raw.articles, 'article');
	const glossary = [...raw.glossary].sort((a, b) => a.data.reading.localeCompare(b.data.reading));
	byId(
		glossary.map((entry) => ({ ...entry, id: entry.data.term })),
		'glossary term',
	);

	const duplicateUrl = duplicateSourceMessage(sources.values());
	if (duplicateUrl) throw new ContentError(duplicateUrl);

	const checkSources = (ids: readonly string[], where: string) => {
		for (const id of ids) requireEntry(sources, id, where, 'source', 'sources');
	};
	for (const claim of claims.values()) checkSources(claimBoxSourceIds(claim.data), `${claim.filePath}: sources`);
	for (const dataset of datasets.values()) {
		if (dataset.id === claimsDatasetId) {
			throw new ContentError(
				`${dataset.filePath}: the dataset id "${dataset.id}" is reserved (/data/${claimsDatasetId}.csv and .json are the claims download); rename the file`,
			);
		}
		const ids = isIncidentDataset(dataset.data) ? timelineSourceIds(dataset.data) : chartSourceIds(dataset.data);
		checkSources(ids, `${dataset.filePath}: source`);
		if (isIncidentDataset(dataset.data)) {
			byId(
				dataset.data.incidents.map((incident) => ({ id: incident.id, filePath: dataset.filePath, data: incident })),
				'incident',
			);
		}
	}

	for (const article of raw.articles) {
		if (reservedArticleIds.has(article.id)) {
			throw new ContentError(`${article.filePath}: the article id "${article.id}" is reserved (it names a site-wide file); rename the file`);
		}
	}
	const articles = [...raw.articles].sort(
		(a, b) => topicRank(a.data.topic) - topicRank(b.data.topic) || a.data.published.localeCompare(b.data.published) || a.id.localeCompare(b.id),
	);
	const plans = new Map<string, CitationPlan>();
	const headings = new Map<string, Heading[]>();
	const citedBy = new Map<string, string[]>();
	const claimReviewedIn = new Map<string, string>();
	for (const article of articles) {
		for (const claimId of article.data.claims) {
			requireEntry(claims, claimId, `${article.filePath}: claims`, 'claim', claimFolder);
			const earlier = claimReviewedIn.get(claimId);
			if (earlier) throw new ContentError(`${article.filePath}: claims: claim "${claimId}" is already reviewed in ${earlier}`);
			claimReviewedIn.set(claimId, article.filePath);
		}
		checkChangelogClaims(article, claims, claimFolder);
		const { plan, headings: articleHeadings } = planArticle(article, { sources, claims, datasets, claimFolder });
		plans.set(article.id, plan);
		headings.set(article.id, articleHeadings);
		for (const sourceId of plan.order) {
			const list = citedBy.get(sourceId) ?? [];
			list.push(article.id);
			citedBy.set(sourceId, list);
		}
	}

	for (const claim of claims.values()) {
		if (!claimReviewedIn.has(claim.id)) {
			throw new ContentError(`${claim.filePath}: claim "${claim.id}" is not reviewed in any article; list it under claims: in the article that reviews it`);
		}
	}
	// All at once: deleting an article leaves every source only it cited uncited.
	const uncited = [...sources.values()].filter((source) => !citedBy.has(source.id));
	if (uncited.length > 0) {
		throw new ContentError(
			uncited.map((source) => `${source.filePath}: source "${source.id}" is not cited by any article; cite it or delete the file`).join('\n'),
		);
	}

	return { articles, articleById, sources, claims, datasets, glossary, plans, headings, citedBy };
}

/**
 * A verdict-change entry names the claim whose rating changed: that claim must exist and be one
 * the article reviews, so the corrections page can link to it. A `part` must be one of the
 * claim's parts, and the newest change of a claim (or part) must end at its current verdict, so
 * the record cannot drift from the rating readers see.
 */
function checkChangelogClaims(article: ArticleEntry, claims: Map<string, Entry<ClaimData>>, claimFolder = 'claims'): void {
	const newest = new Set<string>();
	article.data.changelog.forEach((change, index) => {
		if (change.claim === undefined) return;
		const where = `${article.filePath}: changelog[${index}] (${change.date}, ${change.kind}): claim`;
		const claim = requireEntry(claims, change.claim, where, 'claim', claimFolder);
		if (!article.data.claims.includes(change.claim)) {
			throw new ContentError(
				`${where}: claim "${change.claim}" is not reviewed in this article; use one of the ids under claims: (${article.data.claims.join(', ') || 'none'})`,
			);
		}
		let current = claim.data.verdict;
		let rated = `claim "${change.claim}"`;
		if (change.part !== undefined) {
			const part = claim.data.subclaims.find((subclaim) => subclaim.text === change.part);
			if (!part) {
				throw new ContentError(`${where}: part "${change.part}" is not a part of ${claim.filePath}; copy the text of one of its subclaims exactly`);
			}
			current = part.verdict;
			rated = `the part "${change.part}" of ${rated}`;
		}
		const key = `${change.claim}\u0000${change.part ?? ''}`;
		if (newest.has(key)) return;
		newest.add(key);
		if (change.to !== current) {
			throw new ContentError(
				`${where}: the newest verdict change of ${rated} ends at "${String(change.to)}", but ${claim.filePath} rates it "${current}"; the two must agree`,
			);
		}
	});
}

/** A source from the index, or a ContentError naming the id. */
export function requireSource(index: Pick<ContentIndex, 'sources'>, id: string): Entry<SourceData> {
	const source = index.sources.get(id);
	if (!source) throw new ContentError(`unknown source "${id}"`);
	return source;
}

interface Lookups {
	sources: Map<string, Entry<SourceData>>;
	claims: Map<string, Entry<ClaimData>>;
	datasets: Map<string, Entry<Dataset>>;
	/** Where the edition's claim files are, for messages (`claims`, `de/claims`). */
	claimFolder?: string;
}

/** Ids an article may not take, because site-wide files use them (the share cards of the site and of the claims index). */
const reservedArticleIds: ReadonlySet<string> = new Set([siteCardId, claimsIndexCardId]);

/**
 * Checks what the tags and headings of an article promise: each listed claim is shown exactly
 * once, a dataset is drawn at most once (its element ids must be unique), and every anchor
 * alias points at a heading that exists.
 */
function checkArticleShape(article: ArticleEntry, tags: readonly CitingTag[], headings: readonly Heading[]): void {
	const seen = new Set<string>();
	for (const tag of tags) {
		if (tag.name === 'Cite') continue;
		const key = `${tag.name} ${tag.attributes['id'] ?? tag.attributes['dataset'] ?? ''}`;
		if (seen.has(key)) throw new ContentError(`${article.filePath}:${tag.line ?? '?'}: <${key.replace(' ', '> "')}" appears twice; show it once`);
		seen.add(key);
	}
	for (const claimId of article.data.claims) {
		if (!seen.has(`ClaimReview ${claimId}`)) {
			throw new ContentError(`${article.filePath}: claims: "${claimId}" is listed but never shown; add <ClaimReview id="${claimId}" /> to the body`);
		}
	}
	const slugs = new Set(headings.map((heading) => heading.slug));
	for (const [alias, target] of Object.entries(article.data.anchor_aliases)) {
		if (!slugs.has(target)) {
			throw new ContentError(
				`${article.filePath}: anchor_aliases: "${alias}" points at "${target}", which is not a heading id in this article (${[...slugs].join(', ')})`,
			);
		}
		if (slugs.has(alias))
			throw new ContentError(`${article.filePath}: anchor_aliases: "${alias}" is still a heading id; an alias is only for a heading that was renamed`);
	}
}

/** Lists an article's citing elements and numbers its sources; also returns its headings. */
export function planArticle(article: ArticleEntry, lookups: Lookups): { plan: CitationPlan; headings: Heading[] } {
	let tags: CitingTag[];
	let headings: Heading[];
	let tree: Parameters<typeof articleTextProblems>[1];
	try {
		({ tags, headings, tree } = scanMdx(article.body, article.bodyLine));
	} catch (error) {
		throw new ContentError(`${article.filePath}: ${error instanceof Error ? error.message : String(error)}`);
	}
	const problems = articleTextProblems(article.filePath, tree, article.bodyLine ?? 1, article.data.uncited_blocks);
	if (problems.length > 0) throw new ContentError(problems.join('\n'));
	const elements: CitingElement[] = tags.map((tag, occurrence) => {
		const where = `${article.filePath}${tag.line === undefined ? '' : `:${tag.line}`}: <${tag.name}>`;
		const sourceIds = citedSourceIds(tag, where, article, lookups);
		for (const id of sourceIds) requireEntry(lookups.sources, id, where, 'source', 'sources');
		return { occurrence, sourceIds, locator: tag.attributes['at'] };
	});
	checkArticleShape(article, tags, headings);
	return { plan: buildCitationPlan(elements), headings };
}

function requireAttribute(tag: CitingTag, name: string, where: string): string {
	const value = tag.attributes[name];
	if (value === undefined || value.trim() === '') throw new ContentError(`${where}: missing attribute ${name}="…"`);
	return value;
}

function citedSourceIds(tag: CitingTag, where: string, article: ArticleEntry, lookups: Lookups): string[] {
	switch (tag.name) {
		case 'Cite': {
			const ids = parseCiteIds(requireAttribute(tag, 'id', where));
			if (ids.length === 0) throw new ContentError(`${where}: id="" names no source`);
			if (tag.attributes['at'] !== undefined && ids.length > 1) {
				throw new ContentError(`${where}: at="…" needs a single source id; cite the others separately`);
			}
			return ids;
		}
		case 'ClaimReview': {
			const id = requireAttribute(tag, 'id', where);
			const claim = requireEntry(lookups.claims, id, where, 'claim', lookups.claimFolder ?? 'claims');
			if (!article.data.claims.includes(id)) {
				throw new ContentError(`${where}: claim "${id}" is shown but not listed under claims: in the frontmatter`);
			}
			return claimBoxSourceIds(claim.data);
		}
		case 'Chart':
			return chartSourceIds(requireDataset(tag, where, lookups, 'series'));
		case 'Timeline':
			return timelineSourceIds(requireDataset(tag, where, lookups, 'incidents'));
	}
}

function requireDataset(tag: CitingTag, where: string, lookups: Lookups, kind: 'series'): SeriesDataset;
function requireDataset(tag: CitingTag, where: string, lookups: Lookups, kind: 'incidents'): IncidentDataset;
function requireDataset(tag: CitingTag, where: string, lookups: Lookups, kind: 'series' | 'incidents'): Dataset {
	const id = requireAttribute(tag, 'dataset', where);
	const dataset = requireEntry(lookups.datasets, id, where, 'dataset', 'data').data;
	if (isIncidentDataset(dataset) !== (kind === 'incidents')) {
		throw new ContentError(
			`${where}: dataset "${id}" is ${isIncidentDataset(dataset) ? 'a timeline' : 'a time series'}; use <${isIncidentDataset(dataset) ? 'Timeline' : 'Chart'}>`,
		);
	}
	return dataset;
}
