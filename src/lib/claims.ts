/**
 * Checked claims on their own, apart from the articles that review them: one page per claim,
 * the claims index, verdict tallies, and the claims as open data (`/data/claims.json` and
 * `/data/claims.csv`). Pure: it takes the checked content index and returns data.
 */
import { de } from '../i18n/de.ts';
import { en, type UiStrings } from '../i18n/en.ts';
import { localePath, type Locale } from '../i18n/locales.ts';
import type { ClaimData } from '../schemas/claim.ts';
import type { SourceData } from '../schemas/source.ts';
import type { Verdict } from '../schemas/verdict.ts';
import { ContentError, requireSource, type ArticleEntry, type ContentIndex } from './content-index.ts';
import { toCsv } from './csv.ts';
import { claimBoxSourceIds } from './claim-box.ts';
import { shortClaim } from './structured-data.ts';
import { absoluteUrl, articlePath, claimPath, claimsDataPath } from './urls.ts';
import { verdictRatingValue, verdicts } from './verdicts.ts';

/** A claim with the article that reviews it. */
export interface ReviewedClaim {
	id: string;
	data: ClaimData;
	/** The article whose claim box shows it (every claim is reviewed in exactly one). */
	article: ArticleEntry;
}

/** Every claim, in the order readers meet them: articles in home-page order, claims as each article lists them. */
export function reviewedClaims(content: Pick<ContentIndex, 'articles' | 'claims'>): ReviewedClaim[] {
	return content.articles.flatMap((article) =>
		article.data.claims.map((id) => {
			const claim = content.claims.get(id);
			if (!claim) throw new ContentError(`${article.filePath}: claims: unknown claim "${id}"`);
			return { id, data: claim.data, article };
		}),
	);
}

/** The claim's section in the article that reviews it: the claim box's anchor. */
export function claimSectionPath(claim: Pick<ReviewedClaim, 'id' | 'article'>, locale: Locale = 'en'): string {
	return `${localePath(locale, articlePath(claim.article.id))}#claim-${claim.id}`;
}

/** The sources of a claim, its parts and what changed since, each once, in the order of the claim box's markers. */
export function claimSources(claim: ClaimData): string[] {
	return [...new Set(claimBoxSourceIds(claim))];
}

/** How many claims got each verdict, in the order of the rating scale; verdicts nobody got are left out. */
export function verdictCounts(list: readonly Verdict[]): { verdict: Verdict; count: number }[] {
	return verdicts.map((verdict) => ({ verdict, count: list.filter((item) => item === verdict).length })).filter(({ count }) => count > 0);
}

/**
 * "3 true · 2 mostly true · 1 misleading": the verdicts of several claims, in the order of the
 * rating scale, in the page's language. The one tally: the fact-check's summary, the claims
 * index and the share cards all use it.
 */
export function verdictTallyText(list: readonly Verdict[], t: UiStrings = en): string {
	return verdictCounts(list)
		.map(({ verdict, count }) => t.verdictCount(count, t.verdicts[verdict].label))
		.join(' · ');
}

/** One claim as open data. Field names are part of the published format: add fields, never rename. */
export interface ClaimRecord {
	/** The claim's id, also the last part of its page's URL. */
	id: string;
	/** The claim verbatim, in its original language. */
	claim: string;
	/** Language of the original wording (BCP 47). */
	language: string;
	/** English translation. */
	translation: string;
	/** The claim in brief, in English. */
	short: string;
	/** Who made the claim. */
	claimant: string;
	/** When the claim appeared (YYYY-MM-DD). */
	date: string;
	/** Title of the piece it appeared in. */
	appeared_in: string;
	/** Address of that piece (its archived copy where there is one), or empty. */
	appearance_url: string;
	/** The verdict's id on the rating scale, e.g. `mostly-true`. */
	verdict: Verdict;
	/** The verdict in words. */
	verdict_label: string;
	/** ClaimReview's rating value, 1 (false) to 5 (true); null for verdicts off that line. */
	rating_value: number | null;
	/** What is right and wrong about the claim. */
	bottom_line: string;
	/** The claim's own page. */
	url: string;
	/** The claim's section in the full fact-check. */
	fact_check_url: string;
	/** When the fact-check was first published (YYYY-MM-DD). */
	review_published: string;
	/** When the fact-check last changed (YYYY-MM-DD). */
	review_updated: string;
	/** Addresses of the sources that settle the claim and its parts. */
	source_urls: string[];
}

export function claimRecords(
	claims: readonly ReviewedClaim[],
	source: (id: string) => SourceData,
	site: URL | undefined,
	t: UiStrings = en,
	locale: Locale = 'en',
): ClaimRecord[] {
	return claims.map(({ id, data, article }) => ({
		id,
		claim: data.claim,
		language: data.lang,
		translation: data.translation ?? '',
		short: shortClaim(data),
		claimant: data.claimant,
		date: data.appearance.date,
		appeared_in: data.appearance.title,
		appearance_url: data.appearance.archive_url ?? data.appearance.url ?? '',
		verdict: data.verdict,
		verdict_label: t.verdicts[data.verdict].label,
		rating_value: verdictRatingValue(data.verdict) ?? null,
		bottom_line: data.bottom_line,
		url: absoluteUrl(localePath(locale, claimPath(id)), site),
		fact_check_url: absoluteUrl(claimSectionPath({ id, article }, locale), site),
		review_published: article.data.published,
		review_updated: article.data.updated,
		source_urls: claimSources(data).map((sourceId) => source(sourceId).url),
	}));
}

/** Every claim of the site as open data, in the order of {@link reviewedClaims}. */
export function allClaimRecords(content: Pick<ContentIndex, 'articles' | 'claims' | 'sources'>, site: URL | undefined, locale: Locale = 'en'): ClaimRecord[] {
	return claimRecords(reviewedClaims(content), (id) => requireSource(content, id).data, site, locale === 'en' ? en : de, locale);
}

export const claimsDataDescription = en.claims.datasetDescription;

/** `/data/claims.json`: the records with a short header saying what they are. */
export function claimsJson(records: readonly ClaimRecord[], site: URL | undefined, locale: Locale = 'en'): string {
	const t = locale === 'en' ? en : de;
	const body = {
		title: t.claims.datasetTitle,
		description: t.claims.datasetDescription,
		language: locale,
		url: absoluteUrl(localePath(locale, claimsDataPath('json')), site),
		rating_scale: absoluteUrl(localePath(locale, '/rating-scale/'), site),
		claims: records,
	};
	return `${JSON.stringify(body, null, 2)}\n`;
}

/** `/data/claims.csv`: one row per claim, source URLs separated by spaces, safe to open in a spreadsheet. */
export function claimsCsv(records: readonly ClaimRecord[]): string {
	return toCsv(records.map((record) => ({ ...record, rating_value: record.rating_value ?? '', source_urls: record.source_urls.join(' ') })));
}
