import { describe, expect, it } from 'vitest';
import { buildContentIndex, type RawContent } from '../../src/lib/content-index.ts';
import { fixtureDir, loadFixture } from '../helpers/fixtures.ts';

const raw = await loadFixture(fixtureDir('basic'));

function withArticleBody(content: RawContent, body: string): RawContent {
	const [article] = content.articles;
	return { ...content, articles: [{ ...article!, body }] };
}

describe('buildContentIndex on the fixture', () => {
	const index = buildContentIndex(raw);
	it('numbers the sources of the article across all citing components', () => {
		expect(index.plans.get('sample')?.order).toEqual(['agency-faq', 'stats-table', 'news-report', 'court-ruling']);
	});
	it('records which articles cite each source', () => {
		expect(index.citedBy.get('court-ruling')).toEqual(['sample']);
	});
});

describe('buildContentIndex failures name the file and the id', () => {
	it('a citation of an unknown source', () => {
		const broken = withArticleBody(raw, `${raw.articles[0]!.body}\n\nMore <Cite id="no-such-source" />.\n`);
		expect(() => buildContentIndex(broken)).toThrow(
			/articles\/sample\.mdx:\d+: <Cite>: unknown source "no-such-source"; expected a file content\/sources\/no-such-source\.yaml/,
		);
	});
	it('a deleted source that is still cited', () => {
		const broken = { ...raw, sources: raw.sources.filter((source) => source.id !== 'court-ruling') };
		expect(() => buildContentIndex(broken)).toThrow(/unknown source "court-ruling"/);
	});
	it('a claim source that does not exist', () => {
		const [claim] = raw.claims;
		const broken = { ...raw, claims: [{ ...claim!, data: { ...claim!.data, sources: ['ghost'] } }] };
		expect(() => buildContentIndex(broken)).toThrow(/claims\/sample-claim\.yaml: sources: unknown source "ghost"/);
	});
	it('a reviewed claim that does not exist', () => {
		const broken = { ...raw, claims: [] };
		expect(() => buildContentIndex(broken)).toThrow(/articles\/sample\.mdx: claims: unknown claim "sample-claim"/);
	});
	it('a source that no article cites', () => {
		const extra = { ...raw.sources[0]!, id: 'orphan', filePath: 'sources/orphan.yaml', data: { ...raw.sources[0]!.data, url: 'https://example.org/orphan' } };
		expect(() => buildContentIndex({ ...raw, sources: [...raw.sources, extra] })).toThrow(/sources\/orphan\.yaml: source "orphan" is not cited by any article/);
	});
	it('duplicate ids and duplicate URLs', () => {
		expect(() => buildContentIndex({ ...raw, sources: [...raw.sources, { ...raw.sources[0]!, filePath: 'sources/copy.yml' }] })).toThrow(
			/Duplicate source id "agency-faq": sources\/agency-faq\.yaml and sources\/copy\.yml/,
		);
		const sameUrl = { ...raw.sources[0]!, id: 'faq-again', filePath: 'sources/faq-again.yaml' };
		expect(() => buildContentIndex({ ...raw, sources: [...raw.sources, sameUrl] })).toThrow(
			/faq-again\.yaml: url: \S+ is the same page as source "agency-faq" in sources\/agency-faq\.yaml; cite "agency-faq" instead/,
		);
	});
	it('a duplicate incident id in a timeline', () => {
		const datasets = raw.datasets.map((dataset) =>
			'incidents' in dataset.data ? { ...dataset, data: { ...dataset.data, incidents: [...dataset.data.incidents, dataset.data.incidents[0]!] } } : dataset,
		);
		expect(() => buildContentIndex({ ...raw, datasets })).toThrow(/Duplicate incident id "first"/);
	});
	it('a claim box for a claim not listed in the frontmatter', () => {
		const [article] = raw.articles;
		const broken = { ...raw, articles: [{ ...article!, data: { ...article!.data, claims: [] } }] };
		expect(() => buildContentIndex(broken)).toThrow(/claim "sample-claim" is shown but not listed under claims:/);
	});
	it('a chart of an unknown dataset, and a timeline given a time series', () => {
		expect(() => buildContentIndex(withArticleBody(raw, `${raw.articles[0]!.body}\n<Chart dataset="nope" />\n`))).toThrow(/<Chart>: unknown dataset "nope"/);
		expect(() => buildContentIndex(withArticleBody(raw, `${raw.articles[0]!.body}\n<Timeline dataset="adoption" />\n`))).toThrow(
			/dataset "adoption" is a time series; use <Chart>/,
		);
	});
	it('a citation written as an expression', () => {
		expect(() => buildContentIndex(withArticleBody(raw, `${raw.articles[0]!.body}\nX <Cite id={"a"} />.\n`))).toThrow(/attributes must be plain strings/);
	});
});

describe('buildContentIndex checks what articles promise', () => {
	const [article] = raw.articles;
	const withData = (data: Partial<NonNullable<typeof article>['data']>, body = article!.body) => ({
		...raw,
		articles: [{ ...article!, body, data: { ...article!.data, ...data } }],
	});
	it('a claim not reviewed by any article', () => {
		const extra = { ...raw.claims[0]!, id: 'lonely', filePath: 'claims/lonely.yaml' };
		expect(() => buildContentIndex({ ...raw, claims: [...raw.claims, extra] })).toThrow(/claims\/lonely\.yaml: claim "lonely" is not reviewed in any article/);
	});
	it('a claim listed in the frontmatter but never shown', () => {
		expect(() => buildContentIndex(withData({}, article!.body.replace('<ClaimReview id="sample-claim" />', '')))).toThrow(
			/claims: "sample-claim" is listed but never shown/,
		);
	});
	it('the same chart twice', () => {
		expect(() => buildContentIndex(withData({}, `${article!.body}\n<Chart dataset="adoption" />\n`))).toThrow(/<Chart> "adoption" appears twice/);
	});
	it('an anchor alias pointing at no heading, or at a heading that still exists', () => {
		expect(() => buildContentIndex(withData({ anchor_aliases: { old: 'nowhere' } }))).toThrow(
			/anchor_aliases: "old" points at "nowhere", which is not a heading id/,
		);
		expect(() => buildContentIndex(withData({ anchor_aliases: { incidents: 'the-claim' } }))).toThrow(/"incidents" is still a heading id/);
	});
	it('a citation with a locator and several ids, and an empty id', () => {
		expect(() => buildContentIndex(withData({}, `${article!.body}\nX <Cite id="agency-faq court-ruling" at="p. 2" />.\n`))).toThrow(
			/at="…" needs a single source id/,
		);
		expect(() => buildContentIndex(withData({}, `${article!.body}\nX <Cite id="" />.\n`))).toThrow(/missing attribute id="…"/);
	});
	it('an article whose id is reserved', () => {
		const reserved = { ...raw, articles: [{ ...article!, id: 'site', filePath: 'articles/site.mdx' }] };
		expect(() => buildContentIndex(reserved)).toThrow(/the article id "site" is reserved/);
		const claimsCard = { ...raw, articles: [{ ...article!, id: 'claims', filePath: 'articles/claims.mdx' }] };
		expect(() => buildContentIndex(claimsCard)).toThrow(/the article id "claims" is reserved/);
	});
	it('a dataset whose id is the claims download’s', () => {
		const [dataset] = raw.datasets;
		const reserved = { ...raw, datasets: [...raw.datasets, { ...dataset!, id: 'claims', filePath: 'data/claims.yaml' }] };
		expect(() => buildContentIndex(reserved)).toThrow(/data\/claims\.yaml: the dataset id "claims" is reserved/);
	});
});
