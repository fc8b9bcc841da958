import { z } from 'astro/zod';
import { isCalendarDate } from '../lib/dates.ts';

/**
 * A calendar date written as `YYYY-MM-DD`. Content files are read with a YAML 1.2 parser that
 * keeps dates as text, so an impossible date such as `2024-02-30` is caught here instead of
 * silently rolling over to 1 March.
 */
export const isoDate = z
	.string({ error: 'expected a date written as YYYY-MM-DD' })
	.refine(isCalendarDate, {
		error: (issue) => `expected a real calendar date written as YYYY-MM-DD, got "${String(issue.input)}"`,
	});

/** An absolute `https:` URL. Plain `http:` is refused so that readers are never downgraded. */
export const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an absolute https:// URL' });

/** A content id: lowercase ASCII words joined by single hyphens, as used in file names. */
export const contentId = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lowercase words joined by hyphens' });

/** A BCP 47 language tag such as `ja`, `en` or `de`. */
export const languageTag = z
	.string()
	.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'expected a BCP 47 language tag such as ja, en or de' });
