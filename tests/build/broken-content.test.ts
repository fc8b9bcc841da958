/**
 * The real `astro build` over deliberately broken copies of the fixture content: each must fail
 * with a message that names the file and the id or field.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/build.ts';
import { copyFixture } from '../helpers/fixtures.ts';

async function build(contentDir: string, keep?: (outDir: string) => Promise<void>): Promise<{ code: number; output: string }> {
	const scratch = await mkdtemp(join(tmpdir(), 'broken-build-'));
	const result = await astroBuild({ contentDir, outDir: join(scratch, 'dist'), cacheDir: join(scratch, 'cache') });
	await keep?.(join(scratch, 'dist'));
	await rm(scratch, { recursive: true, force: true });
	return result;
}

async function edit(file: string, change: (text: string) => string) {
	await writeFile(file, change(await readFile(file, 'utf8')), 'utf8');
}

describe('astro build over broken content', () => {
	it('builds the intact fixture, keeping a renamed section’s old anchor at the new heading', async () => {
		let html = '';
		const result = await build(await copyFixture('basic'), async (outDir) => {
			html = await readFile(join(outDir, 'articles', 'sample', 'index.html'), 'utf8');
		});
		expect(result.code, result.output).toBe(0);
		expect(html).toMatch(/<span id="old-card-section" class="anchor-alias"[^>]*><\/span>\s*<h2 id="how-many-have-a-card"/);
	});

	it('fails when a cited source file is deleted, naming the article and the id', async () => {
		const dir = await copyFixture('basic');
		await rm(join(dir, 'sources', 'court-ruling.yaml'));
		const result = await build(dir);
		expect(result.code).not.toBe(0);
		// The first reference found may be the article's or the timeline's: either names file and id.
		expect(result.output).toMatch(/(articles\/sample\.mdx:\d+: <Cite>|data\/incidents\.yaml: source): unknown source "court-ruling"/);
	});

	it('fails on an impossible date in an article, naming the file and the field', async () => {
		const dir = await copyFixture('basic');
		await edit(join(dir, 'articles', 'sample.mdx'), (text) => text.replace('published: 2026-11-01', 'published: 2026-02-30'));
		const result = await build(dir);
		expect(result.code).not.toBe(0);
		// The line from the top of the file, and no Markdown from Astro's schema message.
		expect(result.output).toMatch(/articles\/sample\.mdx:7: published: expected a real calendar date written as YYYY-MM-DD, got "2026-02-30"/);
		expect(result.output).not.toMatch(/\*\*/);
	});

	it('fails on dates after the build date and a review older than the update, each with its line', async () => {
		const dir = await copyFixture('basic');
		await edit(join(dir, 'articles', 'sample.mdx'), (text) =>
			text.replace('published: 2026-11-01', 'published: 2031-01-01').replace('reviewed: 2026-11-28', 'reviewed: 2026-11-27'),
		);
		const result = await build(dir);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/articles\/sample\.mdx:7: published: "2031-01-01" is after the build date/);
		expect(result.output).toMatch(/articles\/sample\.mdx:9: reviewed: reviewed must not be earlier than updated/);
	});

	it('fails on unsafe or uncited article text, naming every line from the top of the file', async () => {
		const dir = await copyFixture('basic');
		const file = join(dir, 'articles', 'sample.mdx');
		const lines = (await readFile(file, 'utf8')).trimEnd().split('\n').length;
		await edit(
			file,
			(text) =>
				`${text.trimEnd()}\n\n<script>alert(1)</script>\n\nA [link](javascript:alert(1)) <span onmouseover="x">here</span>.\n\nIn 2031 something uncited.\n`,
		);
		const result = await build(dir);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(new RegExp(`articles/sample\\.mdx:${lines + 2}: <script> is not allowed in an article`));
		expect(result.output).toMatch(new RegExp(`articles/sample\\.mdx:${lines + 4}: link to "javascript:alert\\(1\\)"`));
		expect(result.output).toMatch(new RegExp(`articles/sample\\.mdx:${lines + 4}: <span> onmouseover: event handler attributes are not allowed`));
		expect(result.output).toMatch(new RegExp(`articles/sample\\.mdx:${lines + 6}: uncited paragraph states a figure or date: "In 2031 something uncited\\."`));
	});

	it('fails on a source that repeats another’s URL with a trailing slash, naming the older file', async () => {
		const dir = await copyFixture('basic');
		const copy = (await readFile(join(dir, 'sources', 'agency-faq.yaml'), 'utf8'))
			.replace('/faq', '/faq/')
			.replace('accessed: 2026-11-28', 'accessed: 2026-11-30');
		await writeFile(join(dir, 'sources', 'agency-faq-copy.yaml'), copy);
		const result = await build(dir);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/sources\/agency-faq-copy\.yaml: url: \S+ is the same page as source "agency-faq" in \S*sources\/agency-faq\.yaml/);
	});

	it('fails on a non-https source URL, naming the file and the field', async () => {
		const dir = await copyFixture('basic');
		await edit(join(dir, 'sources', 'news-report.yaml'), (text) => text.replace('url: https://news.example.org', 'url: http://news.example.org'));
		const result = await build(dir);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/news-report/);
		expect(result.output).toMatch(/url.*https:\/\//s);
	});

	it('fails on a verdict outside the scale', async () => {
		const dir = await copyFixture('basic');
		await edit(join(dir, 'claims', 'sample-claim.yaml'), (text) => text.replace('verdict: outdated', 'verdict: pants-on-fire'));
		const result = await build(dir);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/sample-claim/);
		expect(result.output).toMatch(/verdict.*published scale/s);
	});

	it('fails on a source that no article cites', async () => {
		const dir = await copyFixture('basic');
		await writeFile(
			join(dir, 'sources', 'orphan.yaml'),
			'title: Orphan\npublisher: P\nurl: https://example.org/orphan\naccessed: 2026-11-28\nlanguage: en\nkind: news\n',
		);
		const result = await build(dir);
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/sources\/orphan\.yaml: source "orphan" is not cited by any article/);
	});
});
