import type { Verdict } from '../schemas/verdict.ts';
import { verdicts } from '../schemas/verdict.ts';

/** What each verdict means; the rating-scale page and every badge read from here. */
export const verdictInfo: Record<Verdict, { label: string; meaning: string; symbol: string }> = {
	true: { label: 'True', meaning: 'Accurate, with nothing significant missing.', symbol: '✓' },
	'mostly-true': {
		label: 'Mostly true',
		meaning: 'Accurate, but needs clarification or additional information.',
		symbol: '✓',
	},
	mixed: { label: 'Mixed', meaning: 'Some parts are accurate and others are not.', symbol: '◐' },
	outdated: {
		label: 'Outdated',
		meaning: 'Accurate when it was published, but events have since changed the picture.',
		symbol: '⟳',
	},
	misleading: {
		label: 'Misleading',
		meaning: 'Contains accurate elements but leaves a false overall impression.',
		symbol: '!',
	},
	'mostly-false': {
		label: 'Mostly false',
		meaning: 'Contains an element of truth but ignores facts that would change the impression.',
		symbol: '✗',
	},
	false: { label: 'False', meaning: 'Not accurate.', symbol: '✗' },
	unproven: {
		label: 'Unproven',
		meaning: 'The evidence available does not allow the claim to be confirmed or refuted.',
		symbol: '?',
	},
};

/** The rating-scale page's anchor for a verdict. */
export function verdictAnchor(verdict: Verdict): string {
	return `verdict-${verdict}`;
}

/**
 * A number for ClaimReview's `ratingValue` on a 1–5 scale (5 = true). Verdicts that are not
 * a point on a true–false line (outdated, unproven) get none.
 */
export function verdictRatingValue(verdict: Verdict): number | undefined {
	const scale: Partial<Record<Verdict, number>> = {
		true: 5,
		'mostly-true': 4,
		mixed: 3,
		misleading: 2,
		'mostly-false': 2,
		false: 1,
	};
	return scale[verdict];
}

/** "6 claims: 3 true · 2 mostly true · 1 outdated", or just the count when longer than `maxLength`. */
export function verdictTally(list: readonly Verdict[], maxLength = 48): string {
	const counts = new Map<string, number>();
	for (const verdict of list) counts.set(verdictInfo[verdict].label, (counts.get(verdictInfo[verdict].label) ?? 0) + 1);
	const tally = `${list.length} claims: ${[...counts].map(([label, count]) => `${count} ${label.toLowerCase()}`).join(' · ')}`;
	return tally.length <= maxLength ? tally : `${list.length} claims checked`;
}

export { verdicts };
