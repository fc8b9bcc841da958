/**
 * The site's languages. English is the default and keeps its unprefixed addresses; every other
 * edition lives under its own prefix (`/de/…`). astro.config.mjs routes with these, and every
 * page, component and file writer asks `localeOf(Astro.currentLocale)` which edition it renders.
 */
export const locales = ['en', 'de'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** The locale of a page, from Astro's `currentLocale` (undefined outside a localised route → English). */
export function localeOf(current: string | undefined): Locale {
	return (locales as readonly string[]).includes(current ?? '') ? (current as Locale) : defaultLocale;
}

/** The other edition of a two-language site, for the language link. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'en' ? 'de' : 'en';
}

/** Each locale's tags: `<html lang>`, Intl formatting, Open Graph and the language link's name. */
export const localeTags: Record<Locale, { lang: string; intl: string; og: string; name: string }> = {
	en: { lang: 'en', intl: 'en-GB', og: 'en_GB', name: 'English' },
	de: { lang: 'de', intl: 'de-DE', og: 'de_DE', name: 'Deutsch' },
};

/** A site path in the given edition: `/articles/x/` → `/de/articles/x/` (English paths stay as they are). */
export function localePath(locale: Locale, path: string): string {
	if (!path.startsWith('/')) throw new Error(`localePath expects a site path starting with "/", got "${path}"`);
	return locale === defaultLocale ? path : `/${locale}${path}`;
}

/** The path of a page without its edition prefix, and the edition: `/de/about/` → `{ locale: 'de', path: '/about/' }`. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
	for (const locale of locales) {
		if (locale === defaultLocale) continue;
		if (pathname === `/${locale}` || pathname === `/${locale}/`) return { locale, path: '/' };
		if (pathname.startsWith(`/${locale}/`)) return { locale, path: pathname.slice(locale.length + 1) };
	}
	return { locale: defaultLocale, path: pathname };
}

/**
 * The `[...locale]` parameter of each edition: undefined for English (no prefix), `de` for
 * German. Pages under src/pages/[...locale]/ use it in getStaticPaths.
 */
export function localeParam(locale: Locale): string | undefined {
	return locale === defaultLocale ? undefined : locale;
}
