/**
 * "Cite this" for articles and their sections: CSL-JSON items, formatted with citation-js in
 * APA 7, MLA 9 and Chicago (notes and bibliography), and exported as BibTeX, RIS and CSL-JSON,
 * in English or German.
 *
 * The styles and locales are the official CSL files kept in src/lib/csl/ (see its README for
 * their licence and versions), registered with citation-js's `@csl` plugin by name
 * (src/lib/cite-format.ts). A build formats every article's citations in worker threads
 * (src/lib/cite-worker.ts), on every core, before the pages render.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { cacheDirs } from '../config.ts';
import { cacheFilePath, cachedJson, packageVersions, readCachedJson, writeCacheFile } from './cache-file.ts';
import { formatItems, registerCslFiles, type CitationLocale, type CslFiles, type FormattedCitations } from './cite-format.ts';
import apaStyle from './csl/apa.csl?raw';
import chicagoStyle from './csl/chicago-note-bibliography.csl?raw';
import germanLocale from './csl/locales-de-DE.xml?raw';
import englishLocale from './csl/locales-en-US.xml?raw';
import mlaStyle from './csl/modern-language-association.csl?raw';
import { WorkerPool } from './worker-pool.ts';

export { citationStyleLabels, citationStyles, type CitationStyleId, type CitationLocale, type FormattedCitations } from './cite-format.ts';

export interface CitableWork {
	/** Stable key, e.g. `what-is-my-number` or `what-is-my-number--the-card`. */
	key: string;
	title: string;
	/** Absolute URL, with the section anchor for a section. */
	url: string;
	/** The version being cited: the article's last update, which is the date citations give. */
	updated: string;
	siteName: string;
	/** Title of the article a section belongs to. */
	articleTitle?: string | undefined;
}

/** The official CSL files of the styles and locales, from src/lib/csl/. */
const cslFiles: CslFiles = {
	styles: { apa: apaStyle, 'modern-language-association': mlaStyle, 'chicago-note-bibliography': chicagoStyle },
	locales: { en: englishLocale, de: germanLocale },
};

/** Registers the styles and locales of src/lib/csl/ with citation-js, once. */
export function loadCitationStyles(): void {
	registerCslFiles(cslFiles);
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** The CSL-JSON item for a work, in a language: English (the default) or German. */
export function cslItem(work: CitableWork, locale: CitationLocale = 'en'): Record<string, unknown> {
	return {
		id: work.key,
		type: 'webpage',
		title: work.title,
		// A section is part of the article: the article is its container, in each style's form
		// for a part of a larger work ("The 49 percent figure. Fact-check: …"); the site stays the author.
		'container-title': work.articleTitle ?? work.siteName,
		author: [{ literal: work.siteName }],
		'citation-key': work.key.replace(/[^A-Za-z0-9]+/g, '_'),
		issued: dateParts(work.updated),
		URL: work.url,
		// Also what citeproc reads to set titles in title case (English) or leave them as written (German).
		language: locale,
		note: work.articleTitle ? sectionNote[locale](work.articleTitle) : undefined,
	};
}

const sectionNote: Record<CitationLocale, (articleTitle: string) => string> = {
	en: (title) => `Section of “${title}”`,
	de: (title) => `Abschnitt von „${title}“`,
};

/**
 * The citations of several works (an article and its sections) in each style, in English unless
 * `locale` is `de`. The result is cached on disk by a hash of the input: citeproc is the
 * slowest part of a cold build, and an unchanged article need not be formatted again.
 */
export function formatCitationsOfWorks(works: readonly CitableWork[], cacheDir = citationCacheDir(), locale: CitationLocale = 'en'): FormattedCitations[][] {
	const items = works.map((work) => cslItem(work, locale));
	return cachedJson(cacheDir, formattedKey(items, locale), () => {
		loadCitationStyles();
		return formatItems(items, locale);
	});
}

/** The cache key of an article's formatted citations. */
const formattedKey = (items: readonly Record<string, unknown>[], locale: CitationLocale) => ['formatted', cacheVersion(), locale, items];

/**
 * The same as formatCitationsOfWorks(), formatted in a worker thread while this thread goes on
 * (rendering other pages), and cached in the same files. Where no worker can start, formatted here.
 */
export async function formatCitationsOfWorksAsync(
	works: readonly CitableWork[],
	cacheDir = citationCacheDir(),
	locale: CitationLocale = 'en',
): Promise<FormattedCitations[][]> {
	const items = works.map((work) => cslItem(work, locale));
	const file = cacheFilePath(cacheDir, formattedKey(items, locale));
	const cached = readCachedJson<FormattedCitations[][]>(file);
	if (cached) return cached;
	const pool = citationPool();
	let formatted: FormattedCitations[][] | undefined;
	if (pool) {
		try {
			formatted = await pool.run({ items, locale });
		} catch (error) {
			// A pool that cannot start falls back to this thread; an error in formatting is an error here too.
			if (!pool.broken) throw error;
		}
	}
	if (!formatted) {
		loadCitationStyles();
		formatted = formatItems(items, locale);
	}
	writeCacheFile(file, JSON.stringify(formatted));
	return formatted;
}

/**
 * Formats the citations of many lists of works (each article with its sections) in worker
 * threads, one per core, into the cache, where formatCitationsOfWorks() then finds them. A
 * build does this for every article before the pages render: citeproc is most of a cold
 * build's rendering, and this way it runs on every core, and each page renders as it would
 * with its citations cached.
 */
export async function prepareCitations(
	lists: readonly { works: readonly CitableWork[]; locale: CitationLocale }[],
	cacheDir = citationCacheDir(),
): Promise<void> {
	// A rebuild finds nearly all in the cache: a look for the file is enough, without reading it.
	const missing = lists.filter(
		({ works, locale }) =>
			!existsSync(
				cacheFilePath(
					cacheDir,
					formattedKey(
						works.map((work) => cslItem(work, locale)),
						locale,
					),
				),
			),
	);
	await Promise.all(missing.map(({ works, locale }) => formatCitationsOfWorksAsync(works, cacheDir, locale)));
}

let pool: WorkerPool<{ items: Record<string, unknown>[]; locale: CitationLocale }, FormattedCitations[][]> | undefined;

function citationPool(): typeof pool {
	if (pool) return pool.broken ? undefined : pool;
	const file = workerFile();
	if (file) pool = new WorkerPool(file, { workerData: cslFiles });
	return pool;
}

/**
 * The worker's module. Beside this one where it runs from the source tree (the dev server,
 * tests); in a build, Astro bundles this module into its prerender chunks, so the worker is
 * found in the source tree of the project the build runs in, as the caches are.
 */
function workerFile(): URL | undefined {
	const beside = new URL('./cite-worker.ts', import.meta.url);
	if (beside.protocol === 'file:' && existsSync(beside)) return beside;
	const inProject = pathToFileURL(join(process.cwd(), 'src', 'lib', 'cite-worker.ts'));
	return existsSync(inProject) ? inProject : undefined;
}

function citationCacheDir(): string {
	return cacheDirs.citations;
}

let version: string | undefined;

/**
 * Part of the cache key: a new version of a formatting package, a changed style or locale file,
 * or a new version of this code (the number at the end) starts afresh.
 */
function cacheVersion(): string {
	if (version === undefined) {
		const files = createHash('sha256').update(JSON.stringify(cslFiles)).digest('hex').slice(0, 16);
		version = `${packageVersions(['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris', 'citeproc'])} / csl ${files} / v3`;
	}
	return version;
}

/** BibTeX, RIS and CSL-JSON for several works (an article and its sections), in a language, cached like the formatted citations. */
export function exportCitations(
	works: readonly CitableWork[],
	cacheDir = citationCacheDir(),
	locale: CitationLocale = 'en',
): { bibtex: string; ris: string; csljson: string } {
	const items = works.map((work) => cslItem(work, locale));
	return cachedJson(cacheDir, ['exported', cacheVersion(), locale, items], () => {
		const cite = new Cite(items);
		const bibtex = cite.format('bibtex') as string;
		return {
			bibtex: locale === 'en' ? bibtex : withBibtexLanguage(bibtex, locale),
			ris: cite.format('ris') as string,
			csljson: `${JSON.stringify(cite.format('data', { format: 'object' }), null, 2)}\n`,
		};
	});
}

/**
 * citation-js writes no `language` field into BibTeX (biblatex has one), so a German entry gets
 * it added as its last field, as reference managers such as Zotero write it. English entries
 * are left as they always were.
 */
function withBibtexLanguage(bibtex: string, locale: CitationLocale): string {
	// Field values are written in braces on one line, so a line of "}" alone ends an entry.
	return bibtex.replace(/\n}(?=\n|$)/g, `\n\tlanguage = {${locale}},\n}`);
}
