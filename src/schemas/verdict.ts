import { z } from 'astro/zod';

/**
 * The published rating scale, in order from fully supported to unsupported. The rating-scale
 * page, the badges and the ClaimReview markup all read from this one list.
 */
export const verdicts = ['true', 'mostly-true', 'mixed', 'outdated', 'misleading', 'mostly-false', 'false', 'unproven'] as const;

export const verdictSchema = z.enum(verdicts, {
	error: (issue) =>
		`expected a verdict on the published scale (${verdicts.join(', ')}), got ${
			typeof issue.input === 'string' ? `"${issue.input}"` : `${typeof issue.input} ${String(issue.input)} (in YAML write "true" or "false" in quotes)`
		}`,
});

export type Verdict = z.output<typeof verdictSchema>;
