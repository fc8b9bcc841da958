import { describe, expect, it } from 'vitest';
import { buildContentIndex, type RawContent } from '../../src/lib/content-index.ts';
import { pageKeys } from '../../src/lib/page-keys.ts';
import { fixtureDir, loadFixture } from '../helpers/fixtures.ts';

const raw = await loadFixture(fixtureDir('basic'));
const [sample] = raw.articles;
// A second article, so a change to one can be told from a change to both.
const second = {
	...sample!,
	id: 'second',
	filePath: 'articles/second.mdx',
	data: { ...sample!.data, claims: [], anchor_aliases: {} },
	body: 'Some prose.<Cite id="agency-faq" />\n',
};
const twoArticles: RawContent = { ...raw, articles: [sample!, second] };
const keys = (content: RawContent) => pageKeys(buildContentIndex(content)).articles;
const before = keys(twoArticles);

describe('article page cache keys', () => {
	it('are the same for the same content, whatever the order of the entries', () => {
		expect(keys({ ...twoArticles, sources: [...twoArticles.sources].reverse() })).toEqual(before);
	});

	it('change for that article alone when its prose changes', () => {
		const after = keys({ ...twoArticles, articles: [{ ...sample!, body: `${sample!.body}\nOne more sentence.\n` }, second] });
		expect(after.get('sample')).not.toBe(before.get('sample'));
		expect(after.get('second')).toBe(before.get('second'));
	});

	it('change for every article when a source, or another article’s metadata, changes', () => {
		const [first, ...rest] = twoArticles.sources;
		const source = keys({ ...twoArticles, sources: [{ ...first!, data: { ...first!.data, title: 'Another title' } }, ...rest] });
		const metadata = keys({ ...twoArticles, articles: [sample!, { ...second, data: { ...second.data, title: 'Another title' } }] });
		for (const changed of [source, metadata]) {
			expect(changed.get('sample')).not.toBe(before.get('sample'));
			expect(changed.get('second')).not.toBe(before.get('second'));
		}
	});
});

describe('claim page cache keys', () => {
	const claimKeys = (content: RawContent) => pageKeys(buildContentIndex(content)).claims;
	const claimsBefore = claimKeys(twoArticles);
	it('give every claim a key', () => {
		expect([...claimsBefore.keys()].sort()).toEqual(twoArticles.claims.map((claim) => claim.id).sort());
	});

	it('stay when an article’s prose changes: a claim page shows no prose', () => {
		expect(claimKeys({ ...twoArticles, articles: [{ ...sample!, body: `${sample!.body}\nOne more sentence.\n` }, second] })).toEqual(claimsBefore);
	});

	it('change when a claim, a source or an article’s metadata changes', () => {
		const [claim, ...otherClaims] = twoArticles.claims;
		const [source, ...otherSources] = twoArticles.sources;
		for (const changed of [
			claimKeys({ ...twoArticles, claims: [{ ...claim!, data: { ...claim!.data, bottom_line: 'Another bottom line.' } }, ...otherClaims] }),
			claimKeys({ ...twoArticles, sources: [{ ...source!, data: { ...source!.data, title: 'Another title' } }, ...otherSources] }),
			claimKeys({ ...twoArticles, articles: [{ ...sample!, data: { ...sample!.data, updated: '2026-12-01' } }, second] }),
		])
			for (const [id, key] of claimsBefore) expect(changed.get(id), id).not.toBe(key);
	});
});
