import { describe, expect, it } from 'vitest';
import { brokenPromises, extendRecord, invertAliases, isStableAnchor } from '../../src/lib/published.ts';

const site = (pages: Record<string, string[]>, redirects: Record<string, string> = {}) => ({
	pages: new Set(Object.keys(pages)),
	redirects,
	anchorsOf: (path: string) => new Set(pages[path] ?? []),
});

describe('published URLs', () => {
	const record = { '/articles/a/': ['intro', 'the-card'], '/data/x.csv': [] };
	it('passes when everything is still there', () => {
		expect(brokenPromises(record, site({ '/articles/a/': ['intro', 'the-card', 'new'], '/data/x.csv': [] }))).toEqual([]);
	});
	it('fails on a renamed heading, and says how to keep the old anchor', () => {
		expect(brokenPromises(record, site({ '/articles/a/': ['intro', 'the-card-explained'], '/data/x.csv': [] }))).toEqual([
			'/articles/a/#the-card: anchor is gone; add "the-card: <new-id>" under anchor_aliases in the article\'s frontmatter',
		]);
	});
	it('fails on a removed page unless a redirect leads to a page with the anchors', () => {
		expect(brokenPromises(record, site({ '/data/x.csv': [] }))[0]).toMatch(/^\/articles\/a\/: page is gone/);
		expect(brokenPromises(record, site({ '/articles/b/': ['intro', 'the-card'], '/data/x.csv': [] }, { '/articles/a/': '/articles/b/' }))).toEqual([]);
	});
	it('checks a redirected page’s anchors on its target, not on the redirect page, naming content/redirects.json', () => {
		// The redirect page itself is still in the build, with none of the anchors.
		const built = site({ '/articles/a/': [], '/articles/b/': ['intro'], '/data/x.csv': [] }, { '/articles/a/': '/articles/b/' });
		expect(brokenPromises(record, built)).toEqual([
			'/articles/a/ → /articles/b/ (content/redirects.json): 1 section anchor(s) of the old page are not on the new one: the-card; map each under anchor_aliases in the frontmatter of content/articles/b.mdx ("old-id: heading-id-there"), or in the redirect\'s "anchors" in content/redirects.json',
		]);
		// Or the redirect maps the old anchor to one on the new page.
		expect(brokenPromises(record, { ...built, anchorMaps: { '/articles/a/': { 'the-card': 'intro' } } })).toEqual([]);
		expect(brokenPromises(record, site({ '/articles/a/': [], '/data/x.csv': [] }, { '/articles/a/': '/articles/c/' }))).toEqual([
			'/articles/a/: content/redirects.json sends it to /articles/c/, which the build does not have',
		]);
		expect(brokenPromises(record, site({ '/articles/a/': ['intro', 'the-card'] }))).toEqual([
			'/data/x.csv: page is gone; add "/data/x.csv": "<new path>" to content/redirects.json',
		]);
	});
	it('only ever adds to the record', () => {
		expect(extendRecord({ '/a/': ['x'] }, { '/a/': ['y'], '/b/': [] })).toEqual({ '/a/': ['x', 'y'], '/b/': [] });
	});
	it('inverts aliases and keeps generated ids out of the promise', () => {
		expect(invertAliases({ old: 'new', older: 'new' })).toEqual({ new: ['old', 'older'] });
		expect(['intro', 'cite-1-0', 'source-mic', 'claim-x', 'preview-3', 'cite-section-intro'].filter(isStableAnchor)).toEqual(['intro', 'claim-x']);
	});
});
