/**
 * What each share card says: the site's, each article's, the claims index's and each claim
 * page's. Drawing them is src/lib/share-image.ts; writing them into a build, src/integrations/site-files/article-files.ts.
 */
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { Verdict } from '../schemas/verdict.ts';
import { reviewedClaims, verdictCounts, type ReviewedClaim } from './claims.ts';
import type { ContentIndex } from './content-index.ts';
import { formatDate, latestDate } from './dates.ts';
import type { ShareCard, VerdictChip } from './share-image.ts';
import { shortClaim } from './structured-data.ts';
import { en, type UiStrings } from '../i18n/en.ts';
import type { Locale } from '../i18n/locales.ts';
import { claimCardId, claimsIndexCardId, siteCardId } from './urls.ts';

/** An explainer's card shows its topic; a fact-check's shows its verdict, or the tally of several, as chips. */
export function articleShareCard(
	article: ArticleData,
	verdictOf: (claimId: string) => ClaimData['verdict'],
	siteName: string,
	t: UiStrings = en,
	locale: Locale = 'en',
): ShareCard {
	const verdicts = article.claims.map(verdictOf);
	const kicker = article.topic === 'fact-check' && verdicts.length > 0 ? undefined : t.topics[article.topic];
	return { title: article.title, kicker, verdicts: verdictChips(verdicts, t), meta: t.claims.shareCardUpdated(formatDate(article.updated, locale)), siteName };
}

/** One verdict as "Verdict: Mostly true"; several as a tally, "2 true", "1 misleading", in the order of the scale. */
export function verdictChips(verdicts: readonly Verdict[], t: UiStrings = en): VerdictChip[] | undefined {
	const [only] = verdicts;
	if (!only) return undefined;
	if (verdicts.length === 1) return [{ verdict: only, text: t.verdictChip(t.verdicts[only].label) }];
	return verdictCounts(verdicts).map(({ verdict, count }) => ({ verdict, text: t.verdictCount(count, t.verdicts[verdict].label) }));
}

/** A claim page's card: the claim in brief, its verdict, who made it and when. */
export function claimShareCard(claim: ClaimData, siteName: string, t: UiStrings = en, locale: Locale = 'en'): ShareCard {
	return {
		title: t.quote(shortClaim(claim)),
		verdicts: verdictChips([claim.verdict], t),
		meta: t.claims.shareCardClaimed(claim.claimant, formatDate(claim.appearance.date, locale)),
		siteName,
	};
}

/** The claims index's card: the tally of every verdict. */
export function claimsIndexShareCard(claims: readonly ReviewedClaim[], siteName: string, t: UiStrings = en, locale: Locale = 'en'): ShareCard {
	const updated = latestDate(claims.map((claim) => claim.article.data.updated));
	return {
		title: t.claims.shareCardTitle,
		verdicts: verdictChips(
			claims.map((claim) => claim.data.verdict),
			t,
		),
		meta: t.claims.shareCardMeta(claims.length, updated ? formatDate(updated, locale) : undefined),
		siteName,
	};
}

export function siteShareCard(site: { name: string; tagline: string }): ShareCard {
	return { title: site.tagline, meta: 'マイナンバー · My Number', siteName: site.name };
}

/** Every share card id: the site's own, one per article, the claims index's, and one per claim (`claims/<id>`). */
export function shareCardIds(content: ContentIndex): string[] {
	return [siteCardId, ...content.articles.map((article) => article.id), claimsIndexCardId, ...reviewedClaims(content).map((claim) => claimCardId(claim.id))];
}

/** The share card for a card id: an article's id, `site`, `claims`, or `claims/<claim id>`. */
export function shareCardFor(
	content: ContentIndex,
	id: string,
	site: { name: string; tagline: string },
	t: UiStrings = en,
	locale: Locale = 'en',
): ShareCard | undefined {
	if (id === siteCardId) return siteShareCard({ name: site.name, tagline: t === en ? site.tagline : t.site.tagline });
	if (id === claimsIndexCardId) return claimsIndexShareCard(reviewedClaims(content), site.name, t, locale);
	if (id.startsWith(claimCardId(''))) {
		const claim = content.claims.get(id.slice(claimCardId('').length));
		return claim && claimShareCard(claim.data, site.name, t, locale);
	}
	const article = content.articleById.get(id);
	return article && articleShareCard(article.data, (claimId) => content.claims.get(claimId)!.data.verdict, site.name, t, locale);
}

/** What a card says, as one text: for its image's alt text. */
export function shareCardText(card: ShareCard): string {
	const parts = [card.kicker, card.verdicts?.map((chip) => chip.text).join(' · '), card.title, card.meta].filter((part) => part !== undefined && part !== '');
	return `${card.siteName}: ${parts.map((part) => (/[.!?…]["”’)]?$/.test(part!) ? part : `${part}.`)).join(' ')}`;
}
