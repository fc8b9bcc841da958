/**
 * "Cite this" for articles and their sections: CSL-JSON items, formatted with citation-js in
 * APA 7, MLA 9 and Chicago (notes and bibliography), and exported as BibTeX, RIS and CSL-JSON,
 * in English or German.
 *
 * The styles and locales are the official CSL files kept in src/lib/csl/ (see its README for
 * their licence and versions), registered with citation-js's `@csl` plugin by name.
 */
import { createHash } from 'node:crypto';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { cachedJson, packageVersions } from './cache-file.ts';
import apaStyle from './csl/apa.csl?raw';
import chicagoStyle from './csl/chicago-note-bibliography.csl?raw';
import germanLocale from './csl/locales-de-DE.xml?raw';
import englishLocale from './csl/locales-en-US.xml?raw';
import mlaStyle from './csl/modern-language-association.csl?raw';

/** The languages citations are given in: English, the default, and German. */
export type CiteLocale = 'en' | 'de';

/** Each language's CSL locale, from src/lib/csl/. */
const cslLocales = {
	en: { lang: 'en-US', xml: englishLocale },
	de: { lang: 'de-DE', xml: germanLocale },
} as const satisfies Record<CiteLocale, { lang: string; xml: string }>;

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

/** The styles, with their English labels. */
export const citationStyles = [
	{ id: 'apa', label: 'APA 7' },
	{ id: 'modern-language-association', label: 'MLA 9' },
	{ id: 'chicago-note-bibliography', label: 'Chicago 17 (bibliography)' },
] as const;

export type CitationStyleId = (typeof citationStyles)[number]['id'];

/** Each style's label in each language. */
export const citationStyleLabels: Record<CiteLocale, Record<CitationStyleId, string>> = {
	en: Object.fromEntries(citationStyles.map(({ id, label }) => [id, label])) as Record<CitationStyleId, string>,
	de: { apa: 'APA 7', 'modern-language-association': 'MLA 9', 'chicago-note-bibliography': 'Chicago 17 (Literaturverzeichnis)' },
};

/** The official CSL files of the styles, from src/lib/csl/. */
const styleFiles: Record<CitationStyleId, string> = {
	apa: apaStyle,
	'modern-language-association': mlaStyle,
	'chicago-note-bibliography': chicagoStyle,
};

/** A citeproc-js engine, as citation-js hands it out (the few methods used here). */
interface CiteprocEngine {
	updateItems(ids: string[]): string[];
	makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
}

/** The `@csl` plugin's configuration: its registries, and its engine cache. */
interface CslConfig {
	styles: { add(id: string, xml: string): unknown };
	locales: { add(lang: string, xml: string): unknown };
	/** A citeproc engine for a style, language and output format, kept by citation-js and reused. */
	engine(items: object[], style: string, lang: string, format: string): CiteprocEngine;
}

const cslConfig = () => plugins.config.get('@csl') as CslConfig;

let stylesLoaded = false;

/** Registers the styles and locales of src/lib/csl/ with citation-js, once. */
export function loadCitationStyles(): void {
	if (stylesLoaded) return;
	const config = cslConfig();
	for (const [id, xml] of Object.entries(styleFiles)) config.styles.add(id, xml);
	for (const { lang, xml } of Object.values(cslLocales)) config.locales.add(lang, xml);
	stylesLoaded = true;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** The CSL-JSON item for a work, in a language: English (the default) or German. */
export function cslItem(work: CitableWork, locale: CiteLocale = 'en'): Record<string, unknown> {
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

const sectionNote: Record<CiteLocale, (articleTitle: string) => string> = {
	en: (title) => `Section of “${title}”`,
	de: (title) => `Abschnitt aus „${title}“`,
};

export interface FormattedCitations {
	style: string;
	label: string;
	text: string;
}

/** Where formatted citations are cached, and in which language; a string alone is the cache folder. */
export type CitationOptions = { locale?: CiteLocale | undefined; cacheDir?: string | undefined } | string;

function citationOptions(options: CitationOptions): { locale: CiteLocale; cacheDir: string } {
	const { locale = 'en', cacheDir = citationCacheDir() } = typeof options === 'string' ? { cacheDir: options } : options;
	return { locale, cacheDir };
}

/**
 * The citations of items in each style, in a language. citation-js keeps one citeproc engine
 * per style and language, so each style is set up once per build. Each item is formatted on its
 * own (formatted together, citeproc would disambiguate them against each other: "2026a", "---.").
 */
function formatItems(items: readonly Record<string, unknown>[], locale: CiteLocale): FormattedCitations[][] {
	loadCitationStyles();
	const results = items.map((): FormattedCitations[] => []);
	for (const { id } of citationStyles) {
		const engine = cslConfig().engine([...items], id, cslLocales[locale].lang, 'text');
		items.forEach((item, index) => {
			engine.updateItems([item['id'] as string]);
			const [{ bibstart, bibend }, entries] = engine.makeBibliography();
			results[index]!.push({ style: id, label: citationStyleLabels[locale][id], text: `${bibstart}${entries.join('')}${bibend}`.trim() });
		});
	}
	return results;
}

/**
 * The citations of several works (an article and its sections) in each style, in English unless
 * `locale` says `de`. The result is cached on disk by a hash of the input: citeproc is the
 * slowest part of a cold build, and an unchanged article need not be formatted again.
 */
export function formatCitationsOfWorks(works: readonly CitableWork[], options: CitationOptions = {}): FormattedCitations[][] {
	const { locale, cacheDir } = citationOptions(options);
	const items = works.map((work) => cslItem(work, locale));
	return cachedJson(cacheDir, ['formatted', cacheVersion(), locale, items], () => formatItems(items, locale));
}

function citationCacheDir(): string {
	return process.env['CITATION_CACHE'] ?? 'node_modules/.cache/citations';
}

let version: string | undefined;

/**
 * Part of the cache key: a new version of a formatting package, a changed style or locale file,
 * or a new version of this code (the number at the end) starts afresh.
 */
function cacheVersion(): string {
	if (version === undefined) {
		const files = createHash('sha256').update(JSON.stringify([styleFiles, cslLocales])).digest('hex').slice(0, 16);
		version = `${packageVersions(['@citation-js/core', '@citation-js/plugin-csl', '@citation-js/plugin-bibtex', '@citation-js/plugin-ris', 'citeproc'])} / csl ${files} / v2`;
	}
	return version;
}

/** BibTeX, RIS and CSL-JSON for several works (an article and its sections), in a language, cached like the formatted citations. */
export function exportCitations(works: readonly CitableWork[], options: CitationOptions = {}): { bibtex: string; ris: string; csljson: string } {
	const { locale, cacheDir } = citationOptions(options);
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
function withBibtexLanguage(bibtex: string, locale: CiteLocale): string {
	// Field values are written in braces on one line, so a line of "}" alone ends an entry.
	return bibtex.replace(/\n}(?=\n|$)/g, `\n\tlanguage = {${locale}},\n}`);
}
