/**
 * The only module that queries content collections. Everything it returns has been
 * cross-checked by `buildContentIndex`: references resolve, every source is cited, every
 * citation points at a source. A failure stops the build with the file and the id.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildContentIndex, ContentError, type ArticleEntry, type ContentIndex, type Entry } from './lib/content-index';
import { isIncidentDataset } from './lib/datasets';
import { bodyStartLine } from './lib/mdx';
import type { IncidentDataset, SeriesDataset } from './schemas/dataset';

export type { ArticleEntry, Entry };

let cached: Promise<ContentIndex> | undefined;

/** The checked content index; rebuilt on every call in dev so edits show up. */
export function getContent(): Promise<ContentIndex> {
	if (import.meta.env.DEV) return loadIndex();
	return (cached ??= loadIndex());
}

function relativeFile(entry: { filePath?: string | undefined; id: string }, folder: string): string {
	return entry.filePath ?? `content/${folder}/${entry.id}`;
}

/** The line on which an article's body starts in its file, so messages count lines from the top. */
function firstLineOf(filePath: string, body: string): number {
	try {
		return bodyStartLine(readFileSync(filePath, 'utf8'), body);
	} catch {
		return 1;
	}
}

async function loadIndex(): Promise<ContentIndex> {
	const [articles, sources, claims, datasets, glossary] = await Promise.all([
		getCollection('articles'),
		getCollection('sources'),
		getCollection('claims'),
		getCollection('data'),
		getCollection('glossary'),
	]);
	const plain = <T,>(entries: { id: string; filePath?: string | undefined; data: T }[], folder: string): Entry<T>[] =>
		entries.map((entry) => ({ id: entry.id, filePath: relativeFile(entry, folder), data: entry.data }));
	return buildContentIndex({
		articles: articles.map((entry) => {
			const filePath = relativeFile(entry, 'articles');
			const body = entry.body ?? '';
			return { id: entry.id, filePath, data: entry.data, body, bodyLine: firstLineOf(filePath, body) };
		}),
		sources: plain(sources, 'sources'),
		claims: plain(claims, 'claims'),
		datasets: plain(datasets, 'data'),
		glossary: plain(glossary, 'glossary'),
	});
}

/** The collection entry of an article, for `render()`. A direct lookup: scanning the collection per page would make a build quadratic in the number of articles. */
export async function getArticleEntry(id: string): Promise<CollectionEntry<'articles'>> {
	const entry = await getEntry('articles', id);
	if (!entry) throw new ContentError(`No article with id "${id}"`);
	return entry;
}

/** A time-series dataset for a chart; a missing or mistyped id stops the build. */
export async function getSeriesDataset(id: string): Promise<SeriesDataset> {
	const dataset = (await getContent()).datasets.get(id)?.data;
	if (!dataset || isIncidentDataset(dataset)) throw new ContentError(`<Chart dataset="${id}">: no time-series dataset with that id in content/data/`);
	return dataset;
}

/** A timeline dataset; a missing or mistyped id stops the build. */
export async function getTimelineDataset(id: string): Promise<IncidentDataset> {
	const dataset = (await getContent()).datasets.get(id)?.data;
	if (!dataset || !isIncidentDataset(dataset)) throw new ContentError(`<Timeline dataset="${id}">: no timeline dataset with that id in content/data/`);
	return dataset;
}

export async function getArticles(): Promise<ArticleEntry[]> {
	return (await getContent()).articles;
}

