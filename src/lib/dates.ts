/** Date helpers for `YYYY-MM-DD` calendar dates, which the site treats as plain days in Japan. */

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as `YYYY-MM-DD` (rejects 2024-02-30 and 2023-13-01). */
export function isCalendarDate(value: string): boolean {
	const match = calendarDatePattern.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

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

const japanDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Tokyo' });

/** Today's date in Japan as `YYYY-MM-DD`: the site's dates are days in Japan. */
export function todayInJapan(now: Date = new Date()): string {
	return japanDay.format(now);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtcDate(to).getTime() - toUtcDate(from).getTime()) / 86_400_000);
}
