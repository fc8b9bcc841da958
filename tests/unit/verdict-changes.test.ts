/**
 * Verdict changes and "What changed since": the changelog fields a verdict change needs, the
 * content index's check of their claim ids, the corrections list and feed text, and the order of
 * a claim box's markers.
 */
import { describe, expect, it } from 'vitest';
import { claimBoxRefs, claimBoxSourceIds } from '../../src/lib/claim-box.ts';
import { buildContentIndex, type RawContent } from '../../src/lib/content-index.ts';
import { collectCorrections, correctionDescription } from '../../src/lib/corrections.ts';
import { changeSchema } from '../../src/schemas/article.ts';
import { claimSchema, type ClaimData } from '../../src/schemas/claim.ts';
import { fixtureDir, loadFixture } from '../helpers/fixtures.ts';

const raw = await loadFixture(fixtureDir('basic'));

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const verdictChange = {
	date: '2026-12-02',
	kind: 'verdict-change',
	claim: 'sample-claim',
	from: 'mostly-true',
	to: 'outdated',
	summary: 'Rated what was said.',
};

describe('changelog entry schema', () => {
	it('accepts a verdict change with claim, from and to, and a part', () => {
		expect(changeSchema.safeParse(verdictChange).success).toBe(true);
		expect(changeSchema.safeParse({ ...verdictChange, part: 'The cards are unpopular.' }).success).toBe(true);
	});
	it('requires claim, from and to on a verdict change, naming each missing field', () => {
		const { claim: _claim, from: _from, to: _to, ...bare } = verdictChange;
		expect(issues(changeSchema.safeParse(bare))).toEqual([
			expect.stringMatching(/^claim: a verdict-change entry needs claim \(the claim id\), from and to/),
			expect.stringMatching(/^from: .*from is missing/),
			expect.stringMatching(/^to: .*to is missing/),
		]);
	});
	it('refuses a verdict change that does not change the verdict', () => {
		expect(issues(changeSchema.safeParse({ ...verdictChange, to: 'mostly-true' }))).toEqual([
			expect.stringMatching(/^to: to is the same verdict as from \("mostly-true"\)/),
		]);
	});
	it('refuses verdicts outside the scale', () => {
		expect(issues(changeSchema.safeParse({ ...verdictChange, from: 'pants-on-fire' }))).toEqual([
			expect.stringMatching(/^from: expected a verdict on the published scale/),
		]);
	});
	it('refuses claim, part, from and to on other kinds of entry', () => {
		const result = changeSchema.safeParse({ date: '2026-12-02', kind: 'correction', summary: 'Fixed.', claim: 'sample-claim', part: 'x', to: 'true' });
		expect(issues(result)).toEqual([
			expect.stringMatching(/^claim: claim belongs only to an entry of kind verdict-change; this entry is kind correction/),
			expect.stringMatching(/^to: /),
			expect.stringMatching(/^part: /),
		]);
	});
});

function withChangelog(content: RawContent, changelog: unknown[]): RawContent {
	const [article] = content.articles;
	const parsed = changelog.map((change) => changeSchema.parse(change));
	return { ...content, articles: [{ ...article!, data: { ...article!.data, changelog: parsed } }] };
}

describe('content index: verdict changes name a claim the article reviews', () => {
	it('accepts a verdict change of a reviewed claim', () => {
		expect(() => buildContentIndex(withChangelog(raw, [verdictChange]))).not.toThrow();
	});
	it('refuses an unknown claim id, naming the file, the entry and the expected file', () => {
		expect(() => buildContentIndex(withChangelog(raw, [{ ...verdictChange, claim: 'no-such-claim' }]))).toThrow(
			/articles\/sample\.mdx: changelog\[0\] \(2026-12-02, verdict-change\): claim: unknown claim "no-such-claim"; expected a file content\/claims\/no-such-claim\.yaml/,
		);
	});
	it("refuses a part that is not one of the claim's parts", () => {
		expect(() => buildContentIndex(withChangelog(raw, [{ ...verdictChange, part: 'No such part.' }]))).toThrow(
			/changelog\[0\] .*: part "No such part\." is not a part of claims\/sample-claim\.yaml; copy the text of one of its subclaims exactly/,
		);
	});
	it('refuses a newest change that does not end at the current verdict, of the claim or of its part', () => {
		expect(() => buildContentIndex(withChangelog(raw, [{ ...verdictChange, from: 'outdated', to: 'true' }]))).toThrow(
			/changelog\[0\] .*: the newest verdict change of claim "sample-claim" ends at "true", but claims\/sample-claim\.yaml rates it "outdated"; the two must agree/,
		);
		const part = { ...verdictChange, part: '49% at the end of September 2022.', from: 'true', to: 'mixed' };
		expect(() => buildContentIndex(withChangelog(raw, [part]))).toThrow(
			/the newest verdict change of the part "49% at the end of September 2022\." of claim "sample-claim" ends at "mixed", but .* rates it "true"/,
		);
		const older = { ...verdictChange, date: '2026-11-30', from: 'true', to: 'mostly-true' };
		expect(() => buildContentIndex(withChangelog(raw, [verdictChange, older]))).not.toThrow();
	});
	it('refuses a claim that another article reviews', () => {
		const [article] = raw.articles;
		const other = {
			...article!,
			id: 'other',
			filePath: 'articles/other.mdx',
			body: 'No claims here.',
			data: { ...article!.data, claims: [], changelog: [changeSchema.parse(verdictChange)] },
		};
		expect(() => buildContentIndex({ ...raw, articles: [...raw.articles, other] })).toThrow(
			/articles\/other\.mdx: changelog\[0\] .*claim "sample-claim" is not reviewed in this article; use one of the ids under claims: \(none\)/,
		);
	});
});

describe('corrections list and feed text', () => {
	const [article] = raw.articles;
	const claims = new Map(raw.claims.map((claim) => [claim.id, claim]));
	const data = {
		...article!.data,
		changelog: [
			{ ...verdictChange, part: '49% at the end of September 2022.' },
			{ date: '2026-12-02', kind: 'correction', summary: 'Fixed a date.' },
			{ date: '2026-11-28', kind: 'update', summary: 'First published.' },
		].map((change) => changeSchema.parse(change)),
	};
	const entries = collectCorrections([{ id: 'sample', data }], claims);
	it('lists corrections and verdict changes, not updates, with unique ids', () => {
		expect(entries.map((entry) => entry.kind)).toEqual(['verdict-change', 'correction']);
		expect(new Set(entries.map((entry) => entry.id)).size).toBe(2);
	});
	it('gives a verdict change its claim, part, old and new verdict', () => {
		expect(entries[0]!.verdict).toEqual({
			claimId: 'sample-claim',
			claimShort: expect.any(String),
			part: '49% at the end of September 2022.',
			from: 'mostly-true',
			to: 'outdated',
		});
		expect(correctionDescription(entries[0]!)).toMatch(
			/^Claim “.+”, part “49% at the end of September 2022\.”: Mostly true → Outdated\. Rated what was said\.$/,
		);
		expect(correctionDescription(entries[1]!)).toBe('Fixed a date.');
	});
});

describe('"What changed since" in a claim', () => {
	const base = {
		claim: 'Nur 49 %.',
		lang: 'de',
		translation: 'Only 49%.',
		claimant: 'Example',
		appearance: { title: 'Example', date: '2022-10-26', date_note: 'the page shows no date.' },
		verdict: 'true',
		bottom_line: 'Right then.',
		sources: ['a'],
		subclaims: [{ text: 'Part', verdict: 'true', sources: ['b', 'c'] }],
		since: { text: 'Later, 80.3% held a card.', sources: ['d'] },
	};
	it('accepts since and an inferred date, and defaults title_supplied to false', () => {
		const claim = claimSchema.parse(base);
		expect(claim.since?.sources).toEqual(['d']);
		expect(claim.appearance.title_supplied).toBe(false);
	});
	it('refuses since without sources, naming the field', () => {
		expect(issues(claimSchema.safeParse({ ...base, since: { text: 'Later.', sources: [] } }))).toEqual([expect.stringMatching(/^since\.sources: /)]);
		expect(claimSchema.safeParse({ ...base, since: { text: 'Later.', sources: ['d'], note: 'x' } }).success).toBe(false);
	});
	it('cites since sources after the claim and its parts, and splits the markers back', () => {
		const claim: ClaimData = claimSchema.parse(base);
		expect(claimBoxSourceIds(claim)).toEqual(['a', 'b', 'c', 'd']);
		const refs = ['a', 'b', 'c', 'd'].map((sourceId, index) => ({ sourceId, number: index + 1, refId: `ref-${index}` }));
		const split = claimBoxRefs(claim, refs);
		expect(split.own.map((ref) => ref.sourceId)).toEqual(['a']);
		expect(split.parts.map((group) => group.map((ref) => ref.sourceId))).toEqual([['b', 'c']]);
		expect(split.since.map((ref) => ref.sourceId)).toEqual(['d']);
		const { since: _since, ...without } = base;
		const plain = claimSchema.parse(without);
		expect(claimBoxRefs(plain, refs.slice(0, 3)).since).toEqual([]);
	});
	it("the content index checks since sources like the claim's own", () => {
		const [claim] = raw.claims;
		const broken = { ...raw, claims: [{ ...claim!, data: { ...claim!.data, since: { text: 'Later.', sources: ['ghost'] } } }] };
		expect(() => buildContentIndex(broken)).toThrow(/claims\/sample-claim\.yaml: sources: unknown source "ghost"/);
	});
});
