/**
 * The only module that queries content collections. Everything it returns has been
 * cross-checked by `buildContentIndex`: references resolve, every source is cited, every
 * citation points at a source. A failure stops the build with the file and the id.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { buildContentIndex, ContentError, type ArticleEntry, type ContentIndex, type Entry } from './lib/content-index';
import { isIncidentDataset } from './lib/datasets';
import { buildGermanIndex, checkEditions, englishGlossary, Problems, translateDataset, type SectionMap } from './lib/editions';
import { localeParam, type Locale } from './i18n/locales';
import type { ArticleData } from './schemas/article';
import { bodyStartLine } from './lib/mdx';
import { pageKeys } from './lib/page-keys';
import { SITE } from './site';
import type { IncidentDataset, SeriesDataset } from './schemas/dataset';

export type { ArticleEntry, Entry };

/** One edition's content: the checked index, plus (for a translation) its section map. */
export interface Edition extends ContentIndex {
	locale: Locale;
	/** Per article id: this edition's heading anchor → the other edition's, for the language link. */
	twinAnchors: Map<string, Map<string, string>>;
	/** Whether the other edition exists (a site built without content/de/ has English only). */
	hasTwin: boolean;
}

const cached = new Map<Locale, Promise<Edition>>();
let english: Promise<ContentIndex> | undefined;
let german: Promise<{ index: ContentIndex; sections: SectionMap } | undefined> | undefined;

/**
 * The checked content of one edition; English by default. The German edition is checked
 * against the English one (src/lib/editions.ts) and the build stops on any mismatch. Rebuilt
 * on every call in dev so edits show up.
 */
export function getContent(locale: Locale = 'en'): Promise<Edition> {
	if (import.meta.env.DEV) {
		english = undefined;
		german = undefined;
		return loadEdition(locale);
	}
	let edition = cached.get(locale);
	if (!edition) {
		edition = loadEdition(locale);
		cached.set(locale, edition);
	}
	return edition;
}

async function loadEdition(locale: Locale): Promise<Edition> {
	const [en, de] = await Promise.all([(english ??= loadEnglish()), (german ??= loadGerman())]);
	if (locale === 'en') {
		return { ...en, locale, hasTwin: de !== undefined, twinAnchors: de?.sections.toGerman ?? new Map() };
	}
	if (!de) throw new ContentError('The German edition is requested, but content/de/articles/ has no articles');
	return { ...de.index, locale, hasTwin: true, twinAnchors: de.sections.toEnglish };
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

const plain = <T>(entries: { id: string; filePath?: string | undefined; data: T }[], folder: string): Entry<T>[] =>
	entries.map((entry) => ({ id: entry.id, filePath: relativeFile(entry, folder), data: entry.data }));

function articleEntries(
	entries: { id: string; filePath?: string | undefined; body?: string | undefined; data: ArticleData }[],
	folder: string,
): ArticleEntry[] {
	return entries.map((entry) => {
		const filePath = relativeFile(entry, folder);
		const body = entry.body ?? '';
		return { id: entry.id, filePath, data: entry.data, body, bodyLine: firstLineOf(filePath, body) };
	});
}

async function loadEnglish(): Promise<ContentIndex> {
	const [articles, sources, claims, datasets, glossary] = await Promise.all([
		getCollection('articles'),
		getCollection('sources'),
		getCollection('claims'),
		getCollection('data'),
		getCollection('glossary'),
	]);
	return buildContentIndex({
		articles: articleEntries(articles, 'articles'),
		sources: plain(sources, 'sources'),
		claims: plain(claims, 'claims'),
		datasets: plain(datasets, 'data'),
		glossary: englishGlossary(plain(glossary, 'glossary')),
	});
}

/** The German edition, checked against the English one; undefined when content/de/ has no articles. */
async function loadGerman(): Promise<{ index: ContentIndex; sections: SectionMap } | undefined> {
	const [articles, claims, texts, glossary, en] = await Promise.all([
		getCollection('articles_de'),
		getCollection('claims_de'),
		getCollection('data_de'),
		getCollection('glossary_de'),
		(english ??= loadEnglish()),
	]);
	if (articles.length === 0) return undefined;
	const datasetTexts = new Map(plain(texts, 'de/data').map((entry) => [entry.id, entry]));
	const problems = new Problems();
	const datasets = [...en.datasets.values()].map((dataset) => translateDataset(dataset, datasetTexts.get(dataset.id), problems));
	for (const id of datasetTexts.keys()) if (!en.datasets.has(id)) problems.add(`content/de/data/${id}.yaml: no English dataset content/data/${id}.yaml`);
	const index = buildGermanIndex(
		en,
		{
			articles: articleEntries(articles, 'de/articles'),
			sources: [...en.sources.values()],
			claims: plain(claims, 'de/claims'),
			datasets,
			glossary: plain(glossary, 'de/glossary').map((entry) => ({
				...entry,
				data: { term: entry.data.term, reading: entry.data.reading, gloss: entry.data.german, definition: entry.data.definition },
			})),
		},
		problems,
	);
	return { index, sections: checkEditions(en, index) };
}

/** The collection entry of an article, for `render()`. A direct lookup: scanning the collection per page would make a build quadratic in the number of articles. */
export async function getArticleEntry(id: string, locale: Locale = 'en'): Promise<CollectionEntry<'articles'> | CollectionEntry<'articles_de'>> {
	const entry = locale === 'de' ? await getEntry('articles_de', id) : await getEntry('articles', id);
	if (!entry) throw new ContentError(`No article with id "${id}"`);
	return entry;
}

/** A time-series dataset for a chart; a missing or mistyped id stops the build. */
export async function getSeriesDataset(id: string, locale: Locale = 'en'): Promise<SeriesDataset> {
	const dataset = (await getContent(locale)).datasets.get(id)?.data;
	if (!dataset || isIncidentDataset(dataset)) throw new ContentError(`<Chart dataset="${id}">: no time-series dataset with that id in content/data/`);
	return dataset;
}

/** A timeline dataset; a missing or mistyped id stops the build. */
export async function getTimelineDataset(id: string, locale: Locale = 'en'): Promise<IncidentDataset> {
	const dataset = (await getContent(locale)).datasets.get(id)?.data;
	if (!dataset || !isIncidentDataset(dataset)) throw new ContentError(`<Timeline dataset="${id}">: no timeline dataset with that id in content/data/`);
	return dataset;
}

export async function getArticles(locale: Locale = 'en'): Promise<ArticleEntry[]> {
	return (await getContent(locale)).articles;
}

/** The editions this build publishes: English always, German when content/de/ has articles. */
export async function getLocales(): Promise<Locale[]> {
	return (await getContent('en')).hasTwin ? ['en', 'de'] : ['en'];
}

/** getStaticPaths for a page every edition has, under src/pages/[...locale]/. */
export async function localeStaticPaths(): Promise<{ params: { locale: string | undefined } }[]> {
	return (await getLocales()).map((locale) => ({ params: { locale: localeParam(locale) } }));
}

/** Made once per edition in a build: the article and claim routes both ask. */
const cachedKeys = new Map<Locale, Promise<{ articles: Map<string, string>; claims: Map<string, string> }>>();

/**
 * The incremental build's cache keys of an edition's article and claim pages (src/lib/page-keys.ts).
 * The settings are what the pages show that is neither content nor code: the site's address, its
 * contact (setting SITE_CONTACT renders every page anew), the edition, and the other edition's
 * section anchors, which are on every heading (the language link).
 */
export function getPageKeys(locale: Locale = 'en'): Promise<{ articles: Map<string, string>; claims: Map<string, string> }> {
	let keys = cachedKeys.get(locale);
	if (!keys || import.meta.env.DEV) {
		keys = getContent(locale).then((content) => pageKeys(content, { url: SITE.url, contact: SITE.contact ?? null, locale, twins: content.twinAnchors }));
		cachedKeys.set(locale, keys);
	}
	return keys;
}
