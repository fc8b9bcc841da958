/**
 * Removing an article: the build names it until content/redirects.json sends its address
 * elsewhere, lists the sources left uncited, and then keeps every published address working
 * (the page as a redirect, its share card and citation files as real files), so the
 * published-URL guard passes.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtPages, idsIn, publishedFiles } from '../../src/cli/lib/dist.ts';
import { brokenPromises, extendRecord, isStableAnchor, type PublishedRecord } from '../../src/lib/published.ts';
import { parseRedirectFile } from '../../src/lib/redirects.ts';
import { astroBuild } from '../helpers/build.ts';
import { copyFixture, fixtureArticle } from '../helpers/fixtures.ts';

const scratch = await mkdtemp(join(tmpdir(), 'removed-article-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const folders = { contentDir: await copyFixture('basic'), outDir: join(scratch, 'dist'), cacheDir: join(scratch, 'cache') };
const content = (...path: string[]) => join(folders.contentDir, ...path);

/** What `npm run urls:record` records for a build. */
async function recordOf(outDir: string): Promise<PublishedRecord> {
	const record: PublishedRecord = {};
	for (const page of await builtPages(outDir))
		if (page.path !== '/404.html') record[page.path] = [...idsIn(await readFile(page.file, 'utf8'))].filter(isStableAnchor);
	for (const file of await publishedFiles(outDir)) record[file] = [];
	return record;
}

/** The guard of tests/postbuild/links.test.ts over this build. */
async function guard(record: PublishedRecord, file: unknown): Promise<string[]> {
	const { redirects, anchors } = parseRedirectFile(file);
	const fileOf = (path: string) => join(folders.outDir, path.endsWith('/') ? `${path}index.html` : path);
	const built = new Set(
		[...(await builtPages(folders.outDir)).map((page) => page.path), ...(await publishedFiles(folders.outDir))].filter((path) => !(path in redirects)),
	);
	return brokenPromises(record, {
		pages: { has: (path: string) => built.has(path) || (existsSync(fileOf(path)) && statSync(fileOf(path)).isFile()) } as ReadonlySet<string>,
		redirects,
		anchorMaps: anchors,
		anchorsOf: (path) => idsIn(readFileSync(fileOf(path), 'utf8')),
	});
}

await writeFile(
	content('sources', 'second-only.yaml'),
	'title: Only the second article cites this\npublisher: P\nurl: https://example.org/second-only\naccessed: 2026-11-28\nlanguage: en\nkind: news\n',
);
await writeFile(
	content('articles', 'second.mdx'),
	fixtureArticle({
		title: 'A second article',
		summary: 'An article that is merged into the first.',
		body: 'The card is free <Cite id="agency-faq" />.\n\n## A merged section\n\nSince 2016 <Cite id="second-only" />.\n',
	}),
);

describe('removing an article', () => {
	it('passes the published-URL guard once content/redirects.json sends its address elsewhere', async () => {
		const first = await astroBuild(folders);
		expect(first.code, first.output).toBe(0);
		const record = extendRecord({}, await recordOf(folders.outDir));
		expect(record['/articles/second/']).toContain('a-merged-section');
		await writeFile(content('published-urls.json'), JSON.stringify(record));

		await rm(content('articles', 'second.mdx'));
		const removed = await astroBuild(folders);
		expect(removed.code).not.toBe(0);
		expect(removed.output).toMatch(
			/content\/articles\/second\.mdx was removed, but \/articles\/second\/ is published; add "\/articles\/second\/": .* to content\/redirects\.json/,
		);

		const redirects = { '/articles/second/': '/articles/sample/' };
		await writeFile(content('redirects.json'), JSON.stringify(redirects));
		const uncited = await astroBuild(folders);
		expect(uncited.code).not.toBe(0);
		expect(uncited.output).toMatch(/sources\/second-only\.yaml: source "second-only" is not cited by any article; cite it or delete the file/);

		await rm(content('sources', 'second-only.yaml'));
		// The merged section's old anchor lands on a section of the article it was merged into.
		const sample = content('articles', 'sample.mdx');
		await writeFile(sample, (await readFile(sample, 'utf8')).replace('anchor_aliases:\n', 'anchor_aliases:\n  a-merged-section: a-sub-section\n'));
		const merged = await astroBuild(folders);
		expect(merged.code, merged.output).toBe(0);
		expect(await guard(record, redirects)).toEqual([]);
		// Files at the old addresses are real files, copies of the new article's.
		for (const [old, now] of [
			['og/second.png', 'og/sample.png'],
			['articles/second/cite.bib', 'articles/sample/cite.bib'],
			['articles/second/cite.json', 'articles/sample/cite.json'],
		]) {
			expect(statSync(join(folders.outDir, old!)).isFile(), old).toBe(true);
			expect(readFileSync(join(folders.outDir, old!))).toEqual(readFileSync(join(folders.outDir, now!)));
		}
		expect(readFileSync(join(folders.outDir, 'articles', 'second', 'index.html'), 'utf8')).toMatch(/\/articles\/sample\//);
		expect(readFileSync(join(folders.outDir, 'sitemap-0.xml'), 'utf8')).not.toMatch(/articles\/second/);

		// Without the anchor map, the guard names the redirect, the anchor and the article to map it in.
		await writeFile(sample, (await readFile(sample, 'utf8')).replace('  a-merged-section: a-sub-section\n', ''));
		const unmapped = await astroBuild(folders);
		expect(unmapped.code, unmapped.output).toBe(0);
		expect(await guard(record, redirects)).toEqual([
			expect.stringMatching(
				/^\/articles\/second\/ → \/articles\/sample\/ \(content\/redirects\.json\): .*a-merged-section; map each under anchor_aliases in the frontmatter of content\/articles\/sample\.mdx/,
			),
		]);

		// Or the redirect maps it, and its redirect page carries the #section over, mapped.
		const mapped = { '/articles/second/': { to: '/articles/sample/', anchors: { 'a-merged-section': 'a-sub-section' } } };
		await writeFile(content('redirects.json'), JSON.stringify(mapped));
		const withMap = await astroBuild(folders);
		expect(withMap.code, withMap.output).toBe(0);
		expect(await guard(record, mapped)).toEqual([]);
		const stub = readFileSync(join(folders.outDir, 'articles', 'second', 'index.html'), 'utf8');
		expect(stub).toContain('<script src="/redirect.js"></script>');
		expect(stub).toContain('a-merged-section&quot;:&quot;a-sub-section');
		expect(stub).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/articles\/sample\/">/);
		expect(statSync(join(folders.outDir, 'redirect.js')).isFile()).toBe(true);
	});

	it('refuses a redirect loop or a redirect to a page that is not built, naming content/redirects.json', async () => {
		await writeFile(content('redirects.json'), JSON.stringify({ '/articles/second/': '/old/', '/old/': '/articles/second/' }));
		const loop = await astroBuild(folders);
		expect(loop.code).not.toBe(0);
		expect(loop.output).toMatch(/content\/redirects\.json:\s+"\/articles\/second\/": redirect loop/);
		await writeFile(content('redirects.json'), JSON.stringify({ '/articles/second/': '/articles/nowhere/' }));
		const nowhere = await astroBuild(folders);
		expect(nowhere.code).not.toBe(0);
		expect(nowhere.output).toMatch(/content\/redirects\.json: "\/articles\/second\/" redirects to "\/articles\/nowhere\/", which this build did not make/);
	});
});
