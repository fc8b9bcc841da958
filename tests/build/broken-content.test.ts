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
		expect(result.output).toMatch(/Complete!/);
		expect(result.code).toBe(0);
		expect(html).toMatch(/<span id="old-card-section" class="anchor-alias"><\/span>\s*<h2 id="how-many-have-a-card">/);
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
		expect(result.output).toMatch(/sample\.mdx/);
		expect(result.output).toMatch(/published.*real calendar date.*2026-02-30/s);
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
