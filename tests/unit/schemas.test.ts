import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

const source = {
	title: 'マイナンバーカードの交付状況',
	title_en: 'Issuance of My Number cards',
	title_de: 'Ausgabe der My-Number-Karten',
	publisher: 'Ministry of Internal Affairs and Communications',
	url: 'https://www.soumu.go.jp/kojinbango_card/',
	published: '2024-03-31',
	accessed: '2026-11-28',
	language: 'ja',
	kind: 'statistics',
};

const article = {
	title: 'What My Number is',
	summary: 'A summary.',
	topic: 'basics',
	figures_as_of: '2026-11-28',
	review_by: '2027-02-28',
	published: '2026-11-01',
	updated: '2026-11-28',
	reviewed: '2026-11-28',
	changelog: [{ date: '2026-11-01', kind: 'update', summary: 'First published.' }],
};

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('source schema', () => {
	it('accepts a complete source', () => {
		expect(sourceSchema.safeParse(source).success).toBe(true);
	});
	it('refuses a non-https URL, naming the field', () => {
		const result = sourceSchema.safeParse({ ...source, url: 'http://www.soumu.go.jp/' });
		expect(issues(result)).toEqual([expect.stringMatching(/^url: .*https/)]);
	});
	it('refuses an impossible date', () => {
		const result = sourceSchema.safeParse({ ...source, published: '2024-02-30' });
		expect(issues(result)).toEqual([expect.stringMatching(/^published: .*real calendar date.*2024-02-30/)]);
	});
	it('requires an English title for a Japanese source', () => {
		const { title_en: _omitted, ...withoutEnglish } = source;
		expect(issues(sourceSchema.safeParse(withoutEnglish))).toEqual([expect.stringMatching(/^title_en: /)]);
		// The German edition shows a German title wherever the English one shows an English one.
		const { title_de: _german, ...withoutGerman } = source;
		expect(issues(sourceSchema.safeParse(withoutGerman))).toEqual([expect.stringMatching(/^title_de: .*German translation/)]);
	});
	it('refuses an unknown kind and unknown fields', () => {
		expect(sourceSchema.safeParse({ ...source, kind: 'blog' }).success).toBe(false);
		expect(sourceSchema.safeParse({ ...source, auther: 'x' }).success).toBe(false);
	});
	it('needs the archive date with an archive URL', () => {
		const result = sourceSchema.safeParse({ ...source, archive_url: 'https://web.archive.org/web/2024/x' });
		expect(issues(result)).toEqual([expect.stringMatching(/^archived: /)]);
	});
});

describe('article schema', () => {
	it('accepts valid frontmatter and defaults claims to none', () => {
		const result = articleSchema.parse(article);
		expect(result.claims).toEqual([]);
	});
	it('refuses a missing title', () => {
		const { title: _omitted, ...withoutTitle } = article;
		expect(issues(articleSchema.safeParse(withoutTitle))).toEqual([expect.stringMatching(/^title: /)]);
	});
	it('refuses impossible and malformed dates', () => {
		expect(issues(articleSchema.safeParse({ ...article, published: '2026-13-01' }))).toEqual([expect.stringMatching(/^published: /)]);
		expect(articleSchema.safeParse({ ...article, updated: '28.11.2026' }).success).toBe(false);
	});
	it('refuses an update earlier than publication', () => {
		expect(issues(articleSchema.safeParse({ ...article, updated: '2026-10-01' }))).toEqual([expect.stringMatching(/^updated: /)]);
	});
	it('needs a review date after the last review', () => {
		const { review_by: _omitted, ...withoutReviewBy } = article;
		expect(issues(articleSchema.safeParse(withoutReviewBy))).toEqual([expect.stringMatching(/^review_by: /)]);
		expect(issues(articleSchema.safeParse({ ...article, review_by: '2026-11-28' }))).toEqual([
			'review_by: review_by (2026-11-28) must be after reviewed (2026-11-28): the date by which the article is reviewed again',
		]);
	});
	it('refuses figures current to a date after the last review', () => {
		const { figures_as_of: _omitted, ...withoutFiguresAsOf } = article;
		expect(issues(articleSchema.safeParse(withoutFiguresAsOf))).toEqual([expect.stringMatching(/^figures_as_of: /)]);
		expect(issues(articleSchema.safeParse({ ...article, figures_as_of: '2026-12-02' }))).toEqual([
			expect.stringMatching(/^figures_as_of: figures_as_of \(2026-12-02\) must not be after reviewed \(2026-11-28\)/),
		]);
		expect(articleSchema.safeParse({ ...article, figures_as_of: '2026-10-31' }).success).toBe(true);
	});
});

describe('claim schema', () => {
	const claim = {
		claim: 'Nur 49 %.',
		lang: 'de',
		translation: 'Only 49%.',
		claimant: 'Example',
		appearance: { title: 'Example', date: '2022-10-01' },
		verdict: 'outdated',
		bottom_line: 'Right then, out of date now.',
		sources: ['mic-issuance'],
	};
	it('accepts a verdict on the scale', () => {
		expect(claimSchema.parse(claim).subclaims).toEqual([]);
	});
	it('refuses a verdict outside the scale and lists the scale', () => {
		const result = claimSchema.safeParse({ ...claim, verdict: 'pants-on-fire' });
		expect(issues(result)).toEqual([expect.stringMatching(/^verdict: .*published scale.*true, mostly-true/)]);
	});
});

describe('dataset schema', () => {
	const dataset = {
		cadence: 'monthly',
		next_expected: '2024-04-30',
		title: 'Adoption',
		description: 'Share with a card.',
		unit: 'percent',
		series: [{ id: 'issued', label: 'Issued', definition: 'Cards issued ÷ population.' }],
		points: [{ date: '2024-03-31', series: 'issued', value: 76.3, source: 'mic' }],
	};
	it('accepts a time series', () => {
		expect(datasetSchema.parse(dataset)).toMatchObject({ events: [] });
	});
	it('refuses a point without a source id', () => {
		const result = datasetSchema.safeParse({ ...dataset, points: [{ date: '2024-03-31', series: 'issued', value: 1 }] });
		expect(issues(result)).toEqual([expect.stringMatching(/^points\.0\.source: /)]);
	});
	it('refuses a point of an unknown series', () => {
		const result = datasetSchema.safeParse({ ...dataset, points: [{ ...dataset.points[0], series: 'held' }] });
		expect(issues(result)).toEqual([expect.stringMatching(/^points\.0\.series: unknown series "held"/)]);
	});
	it('needs a cadence from the list and a next expected date after the latest point', () => {
		expect(issues(datasetSchema.safeParse({ ...dataset, cadence: 'sometimes' }))).toEqual([
			'cadence: expected one of weekly, monthly, quarterly, half-yearly, yearly, irregular',
		]);
		expect(issues(datasetSchema.safeParse({ ...dataset, next_expected: '2024-03-31' }))).toEqual([
			'next_expected: next_expected (2024-03-31) must be after the latest date in the dataset (2024-03-31): when is the next figure due?',
		]);
		const { next_expected: _omitted, ...withoutNext } = dataset;
		expect(issues(datasetSchema.safeParse(withoutNext))).toEqual([expect.stringMatching(/^next_expected: /)]);
	});
	it('treats a file with incidents as a timeline', () => {
		const result = datasetSchema.safeParse({
			cadence: 'irregular',
			next_expected: '2027-01-01',
			title: 'T',
			description: 'D',
			incidents: [{ id: 'a', date: '2015-06-01' }],
		});
		expect(issues(result)).toContain('incidents.0.title: Invalid input: expected string, received undefined');
	});
});
