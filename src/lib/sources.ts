/** Presentation helpers for sources, shared by the source list and the sources index. */
import type { SourceData } from '../schemas/source.ts';
import { primarySourceKinds } from '../schemas/source.ts';
import { en, type UiStrings } from '../i18n/en.ts';
import type { Locale } from '../i18n/locales.ts';
import { formatDate } from './dates.ts';

const languageNames = { en: new Intl.DisplayNames(['en'], { type: 'language' }), de: new Intl.DisplayNames(['de'], { type: 'language' }) };
/** Intl lookups are slow, and every source list asks for the same few languages. */
const languageNameCache = new Map<string, string>();

/** `ja` → `Japanese` (in German, `Japanisch`). */
export function languageName(tag: string, locale: Locale = 'en'): string {
	const key = `${locale}:${tag}`;
	let name = languageNameCache.get(key);
	if (name === undefined) {
		name = languageNames[locale].of(tag) ?? tag;
		languageNameCache.set(key, name);
	}
	return name;
}

/** The title's translation into the page's language, shown after the original: `title_en` or `title_de`. */
export function translatedTitle(source: SourceData, locale: Locale = 'en'): string | undefined {
	if (source.title_supplied) return undefined;
	return locale === 'de' ? source.title_de : source.title_en;
}

/** The language a displayed title is in: a supplied title is written in the page's language (`title_de` on German pages). */
export function titleLanguage(source: SourceData, locale: Locale = 'en'): string {
	return source.title_supplied ? locale : source.language;
}

/** Human-readable kind, with primary sources marked as such. */
export function kindLabel(source: Pick<SourceData, 'kind' | 'via'>, t: UiStrings = en): string {
	return source.via === undefined ? t.sources.kinds[source.kind] : t.sources.copyVia(t.sources.kindsPlain[source.kind], source.via);
}

/** Primary: a government, court or statistics source read on the publisher's own site. */
export function isPrimary(source: SourceData): boolean {
	return primarySourceKinds.has(source.kind) && source.via === undefined;
}

/** The title as displayed: a supplied description goes in square brackets. */
export function displayTitle(source: SourceData, locale: Locale = 'en'): string {
	// A supplied title is our own description: German pages show its German version.
	if (source.title_supplied) return `[${locale === 'de' && source.title_de ? source.title_de : source.title}]`;
	return source.title;
}

/** `Published 2 December 2024` or `no date given`. */
export function publishedLabel(source: SourceData, t: UiStrings = en, locale: Locale = 'en'): string {
	return source.published ? formatDate(source.published, locale) : t.sources.noDate;
}

/** The host name shown next to a link, so readers see where it goes before they follow it. */
export function hostOf(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}
