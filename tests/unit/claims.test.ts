import { describe, expect, it } from 'vitest';
import {
	allClaimRecords,
	claimRecords,
	claimsCsv,
	claimsJson,
	reviewedClaims,
	verdictCounts,
	verdictTallyText,
	type ReviewedClaim,
} from '../../src/lib/claims.ts';
import { buildContentIndex } from '../../src/lib/content-index.ts';
import { csvField, toCsv } from '../../src/lib/csv.ts';
import { claimShareCard, claimsIndexShareCard, shareCardFor, shareCardIds, shareCardText, verdictChips } from '../../src/lib/share-cards.ts';
import { cardVerdictColours, shareCardSvg } from '../../src/lib/share-image.ts';
import { claimReviewJsonLd } from '../../src/lib/structured-data.ts';
import type { ClaimData } from '../../src/schemas/claim.ts';
import type { SourceData } from '../../src/schemas/source.ts';
import { fixtureDir, loadFixture } from '../helpers/fixtures.ts';

const raw = await loadFixture(fixtureDir('basic'));
const index = buildContentIndex(raw);
const site = new URL('https://example.org/');

describe('verdict tallies', () => {
	it('counts verdicts in the order of the rating scale', () => {
		expect(verdictCounts(['misleading', 'true', 'mostly-true', 'true', 'mostly-true', 'true'])).toEqual([
			{ verdict: 'true', count: 3 },
			{ verdict: 'mostly-true', count: 2 },
			{ verdict: 'misleading', count: 1 },
		]);
		expect(verdictCounts([])).toEqual([]);
	});
	it('writes a tally such as "3 true · 2 mostly true · 1 misleading"', () => {
		expect(verdictTallyText(['misleading', 'true', 'mostly-true', 'true', 'mostly-true', 'true'])).toBe('3 true · 2 mostly true · 1 misleading');
		expect(verdictTallyText(['outdated', 'true', 'mostly-true', 'misleading', 'true', 'mostly-true'])).toBe(
			'2 true · 2 mostly true · 1 outdated · 1 misleading',
		);
		expect(verdictTallyText(['unproven'])).toBe('1 unproven');
	});
});

describe('reviewed claims', () => {
	it('lists each claim with the article that reviews it', () => {
		const claims = reviewedClaims(index);
		expect(claims.map((claim) => [claim.id, claim.article.id])).toEqual([['sample-claim', 'sample']]);
	});
	it('turns each claim into an open-data record with its page and source URLs', () => {
		const [record] = allClaimRecords(index, site);
		expect(record).toMatchObject({
			id: 'sample-claim',
			claim: 'Ende September hatten nur 49 % der Bürger eine Karte.',
			language: 'de',
			translation: 'At the end of September only 49% of citizens had a card.',
			claimant: 'Example blog',
			date: '2022-10-01',
			verdict: 'outdated',
			verdict_label: 'Outdated',
			rating_value: null,
			url: 'https://example.org/claims/sample-claim/',
			fact_check_url: 'https://example.org/articles/sample/#claim-sample-claim',
		});
		// The claim's sources and its parts', each once.
		expect(record!.source_urls).toEqual(['stats-table', 'news-report'].map((id) => index.sources.get(id)!.data.url));
	});
	it('writes JSON with a header and the records', () => {
		const json = JSON.parse(claimsJson(allClaimRecords(index, site), site)) as { url: string; claims: unknown[] };
		expect(json.url).toBe('https://example.org/data/claims.json');
		expect(json.claims).toHaveLength(1);
	});
});

describe('safe CSV', () => {
	it('neutralises cells a spreadsheet would run as formulas', () => {
		expect(['=1+1', '+x', '-cmd', '@SUM(A1)', '\tx', '\rx'].map(csvField)).toEqual(["'=1+1", "'+x", "'-cmd", "'@SUM(A1)", "'\tx", `"'\rx"`]);
		// Genuine numbers stay numbers, written as numbers or as text.
		expect(['-1', '+1', '-0.25'].map(csvField)).toEqual(['-1', '+1', '-0.25']);
		expect(csvField('=HYPERLINK("https://x", "y")')).toBe(`"'=HYPERLINK(""https://x"", ""y"")"`);
		expect(csvField('a = b, c')).toBe('"a = b, c"');
		expect(csvField(5)).toBe('5');
	});
	it('starts with a byte-order mark and ends rows with CRLF', () => {
		expect(toCsv([{ a: 'マイナンバー', b: 1 }])).toBe('\uFEFFa,b\r\nマイナンバー,1\r\n');
	});
	it('writes one row per claim, source URLs separated by spaces', () => {
		const [claim] = reviewedClaims(index) as [ReviewedClaim];
		const hostile: ReviewedClaim = { ...claim, data: { ...claim.data, claimant: '=cmd|" /C calc"!A0' } };
		const records = claimRecords([claim, hostile], (id) => index.sources.get(id)!.data, site);
		const csv = claimsCsv(records);
		const lines = csv.slice(1).trimEnd().split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toBe(
			'id,claim,language,translation,short,claimant,date,appeared_in,appearance_url,verdict,verdict_label,rating_value,bottom_line,url,fact_check_url,review_published,review_updated,source_urls',
		);
		expect(lines[2]).toContain(`"'=cmd|"" /C calc""!A0"`);
		expect(lines[1]).toContain(records[0]!.source_urls.join(' '));
	});
});

describe('share cards of claims', () => {
	const claim = index.claims.get('sample-claim')!.data;
	it('a claim page’s card: the claim in brief, the verdict, claimant and date', () => {
		const card = claimShareCard(claim, 'Site');
		expect(card).toMatchObject({
			title: '“At the end of September only 49% of citizens had a card.”',
			verdicts: [{ verdict: 'outdated', text: 'Verdict: Outdated' }],
			meta: 'Claimed by Example blog, 1 October 2022',
		});
		expect(shareCardText(card)).toBe(
			'Site: Verdict: Outdated. “At the end of September only 49% of citizens had a card.” Claimed by Example blog, 1 October 2022.',
		);
	});
	it('draws each verdict with its symbol, colour and words', () => {
		const svg = shareCardSvg({ title: 'T', verdicts: verdictChips(['true', 'false', 'true']), meta: 'm', siteName: 's' });
		expect(svg).toContain(cardVerdictColours.true);
		expect(svg).toContain(cardVerdictColours.false);
		expect(svg).toMatch(/2 true/);
		expect(svg).toMatch(/1 false/);
	});
	it('lists a card for the claims index and for each claim, and finds each', () => {
		const ids = shareCardIds(index);
		expect(ids).toEqual(['site', 'sample', 'claims', 'claims/sample-claim']);
		const site = { name: 'Site', tagline: 'Tag' };
		expect(shareCardFor(index, 'claims/sample-claim', site)?.title).toBe(claimShareCard(claim, 'Site').title);
		expect(shareCardFor(index, 'claims', site)).toEqual(claimsIndexShareCard(reviewedClaims(index), 'Site'));
		expect(shareCardFor(index, 'claims/none', site)).toBeUndefined();
	});
});

describe('ClaimReview on a claim page', () => {
	it('has the page as its url, with the card, the modified date and the sources', () => {
		const claim = index.claims.get('sample-claim')!.data as ClaimData;
		const sources = [index.sources.get('stats-table')!.data as SourceData];
		const review = claimReviewJsonLd({
			claim,
			url: 'https://example.org/claims/sample-claim/',
			datePublished: '2026-11-01',
			publisher: { name: 'Site', url: 'https://example.org/' },
			page: { imageUrl: 'https://example.org/og/claims/sample-claim.png', dateModified: '2026-11-02', sources },
		});
		expect(review).toMatchObject({
			'@type': 'ClaimReview',
			url: 'https://example.org/claims/sample-claim/',
			mainEntityOfPage: 'https://example.org/claims/sample-claim/',
			dateModified: '2026-11-02',
			image: ['https://example.org/og/claims/sample-claim.png'],
			citation: [{ '@type': 'CreativeWork', url: sources[0]!.url }],
		});
	});
});
