import { z } from 'astro/zod';

const calendarDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as `YYYY-MM-DD` (rejects 2024-02-30 and 2023-13-01). */
export function isCalendarDate(value: string): boolean {
	const match = calendarDatePattern.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written as `YYYY-MM-DD`. Content files are read with a YAML 1.2 parser that
 * keeps dates as text, so an impossible date such as `2024-02-30` is caught here instead of
 * silently rolling over to 1 March.
 */
export const isoDate = z.string({ error: 'expected a date written as YYYY-MM-DD' }).refine(isCalendarDate, {
	error: (issue) => `expected a real calendar date written as YYYY-MM-DD, got "${String(issue.input)}"`,
});

/** Dates in Japan as `YYYY-MM-DD`: made once, as a formatter is costly to make and every dated field of every entry asks. */
const japaneseDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in Japan, whose calendar the site's dates follow, as `YYYY-MM-DD`. */
export function buildDate(now: Date = new Date()): string {
	return japaneseDate.format(now);
}

/**
 * A calendar date no later than the day of the build: a publication, update, review or
 * reading cannot have happened in the future (a typo such as 2062 for 2026 is caught here).
 */
export const pastDate = isoDate.refine((date) => !isCalendarDate(date) || date <= buildDate(), {
	error: (issue) => `"${String(issue.input)}" is after the build date (${buildDate()}); a date that has not happened yet cannot be published`,
});

/** An absolute `https:` URL. Plain `http:` is refused so that readers are never downgraded. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an absolute https:// URL' });

/** A content id: lowercase ASCII words joined by single hyphens, as used in file names. */
export const contentId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lowercase words joined by hyphens' });

/** A BCP 47 language tag such as `ja`, `en` or `de`. */
export const languageTag = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a BCP 47 language tag such as ja, en or de' });
