/**
 * A rebuild into the folder of an earlier build writes over it in place, and leaves exactly what
 * a build into an empty folder would (see src/integrations/output/). What each build did is read
 * from its build report (src/integrations/build-report.ts).
 */
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, buildState, lastBuildReport } from '../helpers/build.ts';
import { copyFixture, fixtureArticle } from '../helpers/fixtures.ts';

const scratch = await mkdtemp(join(tmpdir(), 'rebuild-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const listing = async (dir: string) =>
	(await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => !entry.isDirectory())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.sort();

/** The text Pagefind indexed for each page, from its fragment files. */
async function indexedText(outDir: string): Promise<Map<string, string>> {
	const dir = join(outDir, 'pagefind', 'fragment');
	const fragments = await Promise.all(
		(await readdir(dir)).map(async (name) =>
			gunzipSync(await readFile(join(dir, name)))
				.toString('utf8')
				.replace(/^pagefind_dcd/, ''),
		),
	);
	return new Map(fragments.map((text) => JSON.parse(text) as { url: string; content: string }).map(({ url, content }) => [url, content]));
}

const folders = { contentDir: await copyFixture('basic'), outDir: join(scratch, 'dist'), cacheDir: join(scratch, 'cache') };
// A second article, to edit while the first stays as it was.
const secondArticle = join(folders.contentDir, 'articles', 'second.mdx');
await writeFile(
	secondArticle,
	fixtureArticle({
		title: 'A second article',
		summary: 'A fixture article that changes on its own.',
		claims: [],
		body: 'The card is free <Cite id="agency-faq" />.\n',
	}),
);
const article = join(folders.outDir, 'articles', 'sample', 'index.html');
/** When a page's file was last written: a page kept from the last build is not written again. */
const written = async (id: string) => (await stat(join(folders.outDir, 'articles', id, 'index.html'))).ctimeMs;
/** The same for the fixture's claim page, which shows the claim but no article's prose. */
const claimWritten = async () => (await stat(join(folders.outDir, 'claims', 'sample-claim', 'index.html'))).ctimeMs;

// The tests run in order, each building over the last one's output.
describe('rebuilding into an earlier build’s folder', () => {
	it('keeps the files’ inodes and removes what the new build does not make', async () => {
		const first = await astroBuild(folders);
		expect(first.code, first.output).toBe(0);
		const built = await listing(folders.outDir);
		const sitemap = await readFile(join(folders.outDir, 'sitemap-0.xml'), 'utf8');
		const { ino } = await stat(article);
		// What an earlier build made and this one no longer does: a removed article, an old asset.
		const leftovers = ['articles/removed/index.html', 'articles/removed/cite.bib', '_astro/old.css', 'pagefind/fragment/old.pf_fragment'];
		for (const file of leftovers) {
			await mkdir(join(folders.outDir, file, '..'), { recursive: true });
			await writeFile(join(folders.outDir, file), 'old');
		}

		const second = await astroBuild(folders);
		expect(second.code, second.output).toBe(0);
		expect((await lastBuildReport(folders)).removedFiles).toBe(4);
		expect(await listing(folders.outDir)).toEqual(built);
		// Pages kept from the first build are still listed as pages, in the sitemap for one.
		expect(await readFile(join(folders.outDir, 'sitemap-0.xml'), 'utf8')).toBe(sitemap);
		expect((await stat(article)).ino).toBe(ino);
		expect(await readdir(join(folders.outDir, 'articles'))).not.toContain('removed');
	});

	it('keeps an unchanged article page and search index, and renders and indexes an edited one', async () => {
		const before = { sample: await written('sample'), second: await written('second'), claim: await claimWritten() };
		const unchanged = await astroBuild(folders);
		expect(unchanged.code, unchanged.output).toBe(0);
		const kept = await lastBuildReport(folders);
		// Both articles and the claim page.
		expect(kept.pages.kept).toBe(3);
		expect(kept.searchIndex).toMatchObject({ kept: true, pages: kept.pages.total });
		expect({ sample: await written('sample'), second: await written('second'), claim: await claimWritten() }).toEqual(before);

		await appendFile(secondArticle, '\nA sentence with the word quillwort in it.\n');
		const edited = await astroBuild(folders);
		expect(edited.code, edited.output).toBe(0);
		const report = await lastBuildReport(folders);
		// The other article, and the claim page: editing an article's prose changes no claim page.
		expect(report.pages.kept).toBe(2);
		expect(report.searchIndex?.kept).toBe(false);
		expect(await written('sample')).toBe(before.sample);
		expect(await claimWritten()).toBe(before.claim);
		expect(await written('second')).toBeGreaterThan(before.second);
		expect(await readFile(join(folders.outDir, 'articles', 'second', 'index.html'), 'utf8')).toMatch(/quillwort/);
		const indexed = await indexedText(folders.outDir);
		expect(indexed.get('/articles/second/')).toMatch(/quillwort/);
		// The kept page is read back into the index; the edited page's old fragment is gone.
		expect(indexed.get('/articles/sample/')).toMatch(/A sample article/);
		expect(indexed.size).toBe((await readdir(join(folders.outDir, 'pagefind', 'fragment'))).length);
	});

	it('renders every page again after a build that did not finish, and indexes them all', async () => {
		await writeFile(buildState(folders, 'build-under-way'), '');
		// The first article's key is unchanged, but it is rendered again all the same.
		await appendFile(secondArticle, '\nAnd the word sundew.\n');
		const result = await astroBuild(folders);
		expect(result.code, result.output).toBe(0);
		const report = await lastBuildReport(folders);
		expect(report.afterUnfinishedBuild).toBe(true);
		expect(report.pages.kept).toBe(0);
		expect(report.searchIndex?.kept).toBe(false);
		const indexed = await indexedText(folders.outDir);
		expect(indexed.get('/articles/second/')).toMatch(/sundew/);
		expect(indexed.get('/articles/sample/')).toMatch(/A sample article/);
		expect(indexed.size).toBe((await readdir(join(folders.outDir, 'pagefind', 'fragment'))).length);
	});

	it('removes a deleted article’s page, files and search entry', async () => {
		await rm(secondArticle);
		const result = await astroBuild(folders);
		expect(result.code, result.output).toBe(0);
		const files = await listing(folders.outDir);
		expect(files.filter((file) => file.includes('second'))).toEqual([]);
		expect((await indexedText(folders.outDir)).has('/articles/second/')).toBe(false);
		expect(await listing(buildState(folders, 'search-views'))).not.toContain('articles/second/index.html');
	});
});
