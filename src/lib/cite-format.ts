/**
 * Formatting CSL-JSON items in the "Cite this" styles with citation-js and citeproc-js, in
 * English or German. The style and locale files are handed in (src/lib/cite-this.ts reads them
 * from src/lib/csl/), so this module runs as it is in a worker thread (src/lib/cite-worker.ts).
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';

/** The languages citations are given in: English, the default, and German. */
export type CitationLocale = 'en' | 'de';

/** Each language's CSL locale. */
export const cslLangs = { en: 'en-US', de: 'de-DE' } as const satisfies Record<CitationLocale, string>;

/** The styles, with their English labels. */
export const citationStyles = [
	{ id: 'apa', label: 'APA 7' },
	{ id: 'modern-language-association', label: 'MLA 9' },
	{ id: 'chicago-note-bibliography', label: 'Chicago 17 (bibliography)' },
] as const;

export type CitationStyleId = (typeof citationStyles)[number]['id'];

/** Each style's label in each language. */
export const citationStyleLabels: Record<CitationLocale, Record<CitationStyleId, string>> = {
	en: Object.fromEntries(citationStyles.map(({ id, label }) => [id, label])) as Record<CitationStyleId, string>,
	de: { apa: 'APA 7', 'modern-language-association': 'MLA 9', 'chicago-note-bibliography': 'Chicago 17 (Literaturverzeichnis)' },
};

export interface FormattedCitations {
	style: string;
	label: string;
	text: string;
}

/** The CSL files to format with: each style's and each language's XML. */
export interface CslFiles {
	styles: Record<CitationStyleId, string>;
	locales: Record<CitationLocale, string>;
}

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

let registered: CslFiles | undefined;

/** Registers the styles and locales with citation-js's `@csl` plugin by name, once. */
export function registerCslFiles(files: CslFiles): void {
	if (registered === files) return;
	const config = cslConfig();
	for (const [id, xml] of Object.entries(files.styles)) config.styles.add(id, xml);
	for (const [locale, xml] of Object.entries(files.locales)) config.locales.add(cslLangs[locale as CitationLocale], xml);
	registered = files;
}

/**
 * The citations of items in each style, in a language, with the registered files. citation-js
 * keeps one citeproc engine per style and language, so each style is set up once per thread.
 * Each item is formatted on its own (formatted together, citeproc would disambiguate them
 * against each other: "2026a", "---.").
 */
export function formatItems(items: readonly Record<string, unknown>[], locale: CitationLocale): FormattedCitations[][] {
	if (!registered) throw new Error('formatItems: registerCslFiles() first');
	const results = items.map((): FormattedCitations[] => []);
	for (const { id } of citationStyles) {
		const engine = cslConfig().engine([...items], id, cslLangs[locale], 'text');
		items.forEach((item, index) => {
			engine.updateItems([item['id'] as string]);
			const [{ bibstart, bibend }, entries] = engine.makeBibliography();
			results[index]!.push({ style: id, label: citationStyleLabels[locale][id], text: `${bibstart}${entries.join('')}${bibend}`.trim() });
		});
	}
	return results;
}
