/**
 * A build killed right after it writes any piece of state that builds keep (pages and Astro's
 * incremental cache, search views, index files and record, share cards and citation files, the
 * sweep) is followed by a build that recovers: with the edit undone, the site is byte for byte
 * the one a clean build makes (src/integrations/output/output-in-place.ts drops the records, and the
 * search index verifies the files it keeps).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/build.ts';
import { copyFixture, fixtureArticle } from '../helpers/fixtures.ts';

const scratch = await mkdtemp(join(tmpdir(), 'interrupted-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const contentDir = await copyFixture('basic');
const folders = { contentDir, outDir: join(scratch, 'dist'), cacheDir: join(scratch, 'cache') };
const clean = { contentDir, outDir: join(scratch, 'clean'), cacheDir: join(scratch, 'clean-cache') };
const article = join(contentDir, 'articles', 'sample.mdx');
const original = await readFile(article, 'utf8');
// A second article that is never edited, so rebuilds keep its page and index it from its saved view.
await writeFile(
	join(contentDir, 'articles', 'kept.mdx'),
	fixtureArticle({ title: 'A kept article', summary: 'An article that stays as it is.', body: 'The card is free <Cite id="agency-faq" />.\n' }),
);

/** Every file of a built site with its bytes, by path. */
async function snapshot(dir: string): Promise<Map<string, string>> {
	const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
	const files = await Promise.all(
		entries.map(
			async (entry) =>
				[join(entry.parentPath, entry.name).slice(dir.length + 1), (await readFile(join(entry.parentPath, entry.name))).toString('base64')] as const,
		),
	);
	return new Map(files.sort(([a], [b]) => a.localeCompare(b)));
}

/** The paths whose bytes differ between two snapshots, or that only one has. */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
	return [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();
}

let reference: Map<string, string>;
beforeAll(async () => {
	const result = await astroBuild(clean);
	expect(result.code, result.output).toBe(0);
	reference = await snapshot(clean.outDir);
	const first = await astroBuild(folders);
	expect(first.code, first.output).toBe(0);
}, 300_000);

describe('a build killed after writing state, then the edit undone', () => {
	const points = ['pages', 'search-views', 'search-index', 'search-record', 'article-files', 'sweep'];
	it.each(points)('recovers after a kill at "%s", byte for byte', async (point) => {
		await writeFile(article, `${original.trimEnd()}\n\nA sentence about quillwort, added in 2026 <Cite id="agency-faq" />.\n`);
		const killed = await astroBuild(folders, { BUILD_FAULT_AFTER: point });
		expect(killed.code, killed.output).not.toBe(0);
		await writeFile(article, original);
		const rebuilt = await astroBuild(folders);
		expect(rebuilt.code, rebuilt.output).toBe(0);
		expect(differences(await snapshot(folders.outDir), reference)).toEqual([]);
	});
	it('a warm rebuild after an edit gives the same site as a clean build of the edit', async () => {
		const edited = `${original.trimEnd()}\n\nA sentence about sundew, added in 2026 <Cite id="agency-faq" />.\n`;
		await writeFile(article, edited);
		const warm = await astroBuild(folders);
		expect(warm.code, warm.output).toBe(0);
		await rm(clean.outDir, { recursive: true, force: true });
		await rm(clean.cacheDir, { recursive: true, force: true });
		const cold = await astroBuild(clean);
		expect(cold.code, cold.output).toBe(0);
		expect(differences(await snapshot(folders.outDir), await snapshot(clean.outDir))).toEqual([]);
		await writeFile(article, original);
	});
});
