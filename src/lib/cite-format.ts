/**
 * Formatting CSL-JSON items in the "Cite this" styles with citation-js and citeproc-js, in
 * English or German. The style and locale files are handed in (src/lib/cite-this.ts reads them
 * from src/lib/csl/), so this module runs as it is in a worker thread (src/lib/cite-worker.ts).
 */
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { formatSiblings, type TitleCase } from './cite-siblings.ts';

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
	updateItems(ids: string[], nosort?: boolean): string[];
	makeBibliography(): [{ bibstart: string; bibend: string; entry_ids: string[][] }, string[]];
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
	for (const [textCase, id] of Object.entries(titleStyles)) config.styles.add(id, titleStyle(id, textCase as TitleCase));
	registered = files;
}

/**
 * The citations of items in each style, in a language, with the registered files. citation-js
 * keeps one citeproc engine per style and language, so each style is set up once per thread.
 * Each item is formatted as a bibliography of its own (formatted together, citeproc would
 * disambiguate them against each other: "2026a", "---.").
 *
 * Sibling items, such as the sections of one article, are formatted once and derived
 * (./cite-siblings.ts): what citeproc makes of one section is what it makes of every other,
 * with another title and URL. That is most of the formatting a build does.
 */
export function formatItems(items: readonly Record<string, unknown>[], locale: CitationLocale): FormattedCitations[][] {
	if (!registered) throw new Error('formatItems: registerCslFiles() first');
	const results = items.map((): FormattedCitations[] => []);
	const lang = cslLangs[locale];
	for (const { id } of citationStyles) {
		const texts = formatSiblings(items, {
			formatEach: (each) => formatEach(each, id, lang),
			titles: (titled, textCase) => formatTitles(titled, textCase, lang),
		});
		texts.forEach((text, index) => results[index]!.push({ style: id, label: citationStyleLabels[locale][id], text }));
	}
	return results;
}

/** Each item as a bibliography of its own, in a style. */
function formatEach(items: readonly Record<string, unknown>[], style: string, lang: string): string[] {
	if (items.length === 0) return [];
	const engine = cslConfig().engine([...items], style, lang, 'text');
	return items.map((item) => {
		engine.updateItems([item['id'] as string]);
		const [{ bibstart, bibend }, entries] = engine.makeBibliography();
		return `${bibstart}${entries.join('')}${bibend}`.trim();
	});
}

/**
 * Titles as citeproc sets them with a CSL text case ("title": title case for English items), in
 * one call: a style of this module's own that prints the title alone, so the case rules are
 * citeproc's. It sorts nothing and tells no entry apart from another.
 */
function formatTitles(titles: readonly Record<string, unknown>[], textCase: TitleCase, lang: string): string[] {
	const engine = cslConfig().engine([...titles], titleStyles[textCase], lang, 'text');
	engine.updateItems(
		titles.map((item) => item['id'] as string),
		true,
	);
	const [meta, entries] = engine.makeBibliography();
	const byId = new Map(meta.entry_ids.map((ids, index) => [ids[0], entries[index]!.trim()]));
	return titles.map((item) => byId.get(item['id'] as string)!);
}

/** The styles formatTitles() uses, one per text case: registered with the official ones. */
const titleStyles: Record<TitleCase, string> = { title: 'mynumber-title-case', 'capitalize-first': 'mynumber-capitalize-first' };

const titleStyle = (id: string, textCase: TitleCase) => `<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>A title alone (${textCase})</title><id>${id}</id><updated>2026-12-02T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout><text variable="title" text-case="${textCase}"/></layout></bibliography>
</style>`;
