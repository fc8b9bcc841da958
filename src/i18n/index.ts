/**
 * The UI strings and formats of a page's language. Components call `ui(Astro.currentLocale)`;
 * pure modules take the dictionary or the locale as a parameter.
 */
import { de } from './de.ts';
import { en, type UiStrings } from './en.ts';
import { localeOf, type Locale } from './locales.ts';

export type { UiStrings };
export * from './locales.ts';

const dictionaries: Record<Locale, UiStrings> = { en, de };

/** The dictionary of a locale, or of Astro's `currentLocale` (undefined → English). */
export function ui(locale: Locale | string | undefined): UiStrings {
	return dictionaries[localeOf(locale)];
}
