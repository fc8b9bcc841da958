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
	it('only ever adds to the record', () => {
		expect(extendRecord({ '/a/': ['x'] }, { '/a/': ['y'], '/b/': [] })).toEqual({ '/a/': ['x', 'y'], '/b/': [] });
	});
	it('inverts aliases and keeps generated ids out of the promise', () => {
		expect(invertAliases({ old: 'new', older: 'new' })).toEqual({ new: ['old', 'older'] });
		expect(['intro', 'cite-1-0', 'source-mic', 'claim-x', 'preview-3', 'cite-section-intro'].filter(isStableAnchor)).toEqual(['intro', 'claim-x']);
	});
});
