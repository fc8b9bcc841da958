import type { Verdict } from '../schemas/verdict.ts';
import { verdicts } from '../schemas/verdict.ts';

/**
 * The colour family of a verdict. Colour only repeats what the symbol and the word say: a badge
 * always shows all three.
 */
export type VerdictTone = 'accurate' | 'mixed' | 'inaccurate' | 'dated' | 'open';

/** One verdict's presentation: the word, its meaning, its symbol and its colour family. */
export interface VerdictInfo {
	label: string;
	meaning: string;
	symbol: string;
	tone: VerdictTone;
}

/** What each verdict means and how it looks; the rating-scale page and every badge read from here. */
export const verdictInfo: Record<Verdict, VerdictInfo> = {
	true: { label: 'True', meaning: 'Accurate, with nothing significant missing.', symbol: '✓', tone: 'accurate' },
	'mostly-true': {
		label: 'Mostly true',
		meaning: 'Accurate, but needs clarification or additional information.',
		symbol: '✓',
		tone: 'accurate',
	},
	mixed: { label: 'Mixed', meaning: 'Some parts are accurate and others are not.', symbol: '◐', tone: 'mixed' },
	outdated: {
		label: 'Outdated',
		meaning: 'Accurate when it was published, but events have since changed the picture.',
		symbol: '⟳',
		tone: 'dated',
	},
	misleading: {
		label: 'Misleading',
		meaning: 'Contains accurate elements but leaves a false overall impression.',
		symbol: '!',
		tone: 'inaccurate',
	},
	'mostly-false': {
		label: 'Mostly false',
		meaning: 'Contains an element of truth but ignores facts that would change the impression.',
		symbol: '✗',
		tone: 'inaccurate',
	},
	false: { label: 'False', meaning: 'Not accurate.', symbol: '✗', tone: 'inaccurate' },
	unproven: {
		label: 'Unproven',
		meaning: 'The evidence available does not allow the claim to be confirmed or refuted.',
		symbol: '?',
		tone: 'open',
	},
};

/** A badge's colours: text, background and border (sRGB hex). */
export interface VerdictColours {
	text: string;
	background: string;
	border: string;
}

/**
 * The colours of each tone in the light and the dark scheme, each with a text contrast of at
 * least 7:1 on its background (checked in tests/unit/verdicts.test.ts). VerdictBadge's style
 * uses these values (a test checks that it does), and share cards can draw with them.
 */
export const verdictToneColours: Record<VerdictTone, { light: VerdictColours; dark: VerdictColours }> = {
	accurate: {
		light: { text: '#14532d', background: '#dcfce7', border: '#15803d' },
		dark: { text: '#bbf7d0', background: '#0d2a19', border: '#22c55e' },
	},
	mixed: {
		light: { text: '#713f12', background: '#fef3c7', border: '#b45309' },
		dark: { text: '#fde68a', background: '#33240a', border: '#f59e0b' },
	},
	inaccurate: {
		light: { text: '#7f1d1d', background: '#fee2e2', border: '#b91c1c' },
		dark: { text: '#fecaca', background: '#3a1111', border: '#f87171' },
	},
	dated: {
		light: { text: '#1e3a8a', background: '#dbeafe', border: '#1d4ed8' },
		dark: { text: '#bfdbfe', background: '#14213f', border: '#60a5fa' },
	},
	open: {
		light: { text: '#374151', background: '#e5e7eb', border: '#4b5563' },
		dark: { text: '#e5e7eb', background: '#262b33', border: '#9ca3af' },
	},
};

/** WCAG 2 contrast ratio of two sRGB hex colours, for checking the verdict colours. */
export function contrastRatio(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		}) as [number, number, number];
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (high + 0.05) / (low + 0.05);
}

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

export { verdicts };
