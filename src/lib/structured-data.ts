/**
 * JSON-LD for articles (schema.org NewsArticle) and fact-checks (ClaimReview, one per claim in
 * the fact-check and one on each claim's own page, with the properties Google's fact-check
 * documentation lists as required or recommended).
 */
import type { ArticleData } from '../schemas/article.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { SourceData } from '../schemas/source.ts';
import { verdictInfo, verdictRatingValue } from './verdicts.ts';

export interface Publisher {
	name: string;
	url: string;
}

export function newsArticleJsonLd(options: {
	article: ArticleData;
	url: string;
	imageUrl: string;
	publisher: Publisher;
	sources: readonly SourceData[];
	/** The page's language; English by default. */
	language?: string;
}): Record<string, unknown> {
	const { article, url, imageUrl, publisher, sources, language = 'en' } = options;
	const organization = { '@type': 'Organization', name: publisher.name, url: publisher.url };
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: article.title,
		description: article.summary,
		datePublished: article.published,
		dateModified: article.updated,
		inLanguage: language,
		url,
		mainEntityOfPage: url,
		image: [imageUrl],
		author: organization,
		publisher: organization,
		citation: sources.map(sourceCitation),
	};
}

/** Google asks for a claim summary under 75 characters. */
export function shortClaim(claim: ClaimData): string {
	if (claim.short) return claim.short;
	const text = (claim.translation ?? claim.claim).replace(/\s+/g, ' ').trim();
	return text.length < 75 ? text : `${text.slice(0, 72).replace(/\s+\S*$/, '')}…`;
}

/** A schema.org citation for a source. */
function sourceCitation(source: SourceData): Record<string, unknown> {
	return {
		'@type': 'CreativeWork',
		name: source.title,
		url: source.url,
		inLanguage: source.language,
		publisher: { '@type': 'Organization', name: source.publisher },
		...(source.published ? { datePublished: source.published } : {}),
	};
}

/**
 * A ClaimReview. In a fact-check its `url` is the claim's section; on the claim's own page it
 * is that page, and `page` adds the page's share card, when the review last changed, and the
 * sources it cites.
 */
export function claimReviewJsonLd(options: {
	claim: ClaimData;
	url: string;
	datePublished: string;
	publisher: Publisher;
	page?: { imageUrl: string; dateModified: string; sources: readonly SourceData[] };
	/** The review's language and the verdict's name in it (`alternateName`); English by default. */
	language?: string;
	verdictLabel?: string;
}): Record<string, unknown> {
	const { claim, url, datePublished, publisher, page, language = 'en', verdictLabel = verdictInfo[claim.verdict].label } = options;
	const ratingValue = verdictRatingValue(claim.verdict);
	const appearanceUrl = claim.appearance.archive_url ?? claim.appearance.url;
	return {
		'@context': 'https://schema.org',
		'@type': 'ClaimReview',
		url,
		claimReviewed: shortClaim(claim),
		datePublished,
		...(page ? { dateModified: page.dateModified, mainEntityOfPage: url, image: [page.imageUrl] } : {}),
		inLanguage: language,
		author: { '@type': 'Organization', name: publisher.name, url: publisher.url },
		reviewRating: {
			'@type': 'Rating',
			alternateName: verdictLabel,
			...(ratingValue === undefined ? {} : { ratingValue, bestRating: 5, worstRating: 1 }),
		},
		itemReviewed: {
			'@type': 'Claim',
			author: { '@type': 'Organization', name: claim.claimant },
			datePublished: claim.appearance.date,
			inLanguage: claim.lang,
			appearance: {
				'@type': 'CreativeWork',
				name: claim.appearance.title,
				datePublished: claim.appearance.date,
				...(appearanceUrl ? { url: appearanceUrl } : {}),
			},
		},
		...(page ? { citation: page.sources.map(sourceCitation) } : {}),
	};
}

/** Serialises JSON-LD for a `<script type="application/ld+json">`, safe inside HTML. */
export function jsonLdScript(data: unknown): string {
	return JSON.stringify(data).replace(/</g, '\\u003c');
}
