/** Date helpers for `YYYY-MM-DD` calendar dates, which the site treats as plain days in Japan. */
import { buildDate, isCalendarDate } from '../schemas/common.ts';

// The check itself belongs to the schemas, which import nothing from src/lib.
export { isCalendarDate };

/** Long date formats per language: English "2 December 2024", German "2. Dezember 2024". */
const longFormats = {
	en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
	de: new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
} as const;

const formatted = new Map<string, string>();

/**
 * `2024-12-02` → `2 December 2024` (or `2. Dezember 2024` in German). Remembered per date: a
 * page shows dozens, and Intl formatting is slow.
 */
export function formatDate(isoDate: string, locale: keyof typeof longFormats = 'en'): string {
	const key = `${locale}${isoDate}`;
	let text = formatted.get(key);
	if (text === undefined) {
		text = longFormats[locale].format(toUtcDate(isoDate));
		formatted.set(key, text);
	}
	return text;
}

/** The start of the given day in UTC, for feeds and structured data. */
export function toUtcDate(isoDate: string): Date {
	if (!isCalendarDate(isoDate)) throw new Error(`Not a calendar date: "${isoDate}"`);
	return new Date(`${isoDate}T00:00:00Z`);
}

/** The latest of some `YYYY-MM-DD` dates (string order is date order). */
export function latestDate(dates: Iterable<string>): string | undefined {
	let latest: string | undefined;
	for (const date of dates) if (latest === undefined || date > latest) latest = date;
	return latest;
}

/**
 * Today's date in Japan as `YYYY-MM-DD`: the site's dates are days in Japan. The same day the
 * schemas check dates against (buildDate), from the same formatter.
 */
export function todayInJapan(now: Date = new Date()): string {
	return buildDate(now);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}
