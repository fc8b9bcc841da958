/** Corrections and verdict changes across all articles, newest first, for the page and its feed. */
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { Verdict } from '../schemas/verdict.ts';
import { shortClaim } from './structured-data.ts';
import { en, type UiStrings } from '../i18n/en.ts';

/** How each kind of change is named on pages and in feeds (English; every language's is in src/i18n/, `article.change`). */
export const changeLabels = en.article.change;

/** The claim whose rating a verdict change changed, with the old and the new verdict. */
export interface VerdictChange {
	/** Claim id; its box is at `#claim-<id>` on the article page. */
	claimId: string;
	/** The claim in brief, as its box and ClaimReview name it. */
	claimShort: string;
	/** The part of the claim that was re-rated, when it was a part rather than the whole claim. */
	part?: string;
	from: Verdict;
	to: Verdict;
}

export interface CorrectionEntry {
	/** Unique and stable: the article id, the date and the entry's position in that article's changelog. */
	id: string;
	articleId: string;
	articleTitle: string;
	date: string;
	kind: 'correction' | 'verdict-change';
	/** What changed; for a verdict change, why. */
	summary: string;
	/** Only for kind verdict-change. */
	verdict?: VerdictChange;
}

/**
 * Every correction and verdict change, newest first (then by article). `claims` names the claims
 * of verdict changes; the content index has already checked that each id exists.
 */
export function collectCorrections(
	articles: readonly { id: string; data: ArticleData }[],
	claims: ReadonlyMap<string, { data: ClaimData }> = new Map(),
): CorrectionEntry[] {
	return articles
		.flatMap((article) =>
			article.data.changelog.flatMap((change, index): CorrectionEntry[] => {
				if (change.kind === 'update') return [];
				const position = article.data.changelog.length - index;
				const entry: CorrectionEntry = {
					id: `${article.id}-${change.date}-${position}`,
					articleId: article.id,
					articleTitle: article.data.title,
					date: change.date,
					kind: change.kind,
					summary: change.summary,
				};
				if (change.kind === 'verdict-change' && change.claim && change.from && change.to) {
					const claim = claims.get(change.claim)?.data;
					entry.verdict = {
						claimId: change.claim,
						claimShort: claim ? shortClaim(claim) : change.claim,
						...(change.part ? { part: change.part } : {}),
						from: change.from,
						to: change.to,
					};
				}
				return [entry];
			}),
		)
		.sort((a, b) => b.date.localeCompare(a.date) || a.articleId.localeCompare(b.articleId));
}

/** "Misleading → Mostly true", for pages and feeds, in the page's language. */
export function verdictChangeText(change: Pick<VerdictChange, 'from' | 'to'>, t: UiStrings = en): string {
	return `${t.verdicts[change.from].label} → ${t.verdicts[change.to].label}`;
}

/** One line for the feed: the claim, the old and new verdicts, then the summary, which says why. */
export function correctionDescription(entry: CorrectionEntry, t: UiStrings = en): string {
	if (!entry.verdict) return entry.summary;
	return t.corrections.feedItem(entry.verdict.claimShort, entry.verdict.part, verdictChangeText(entry.verdict, t), entry.summary);
}
