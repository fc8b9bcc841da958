/**
 * A rebuild into the folder of an earlier build writes over it in place, and leaves exactly what
 * a build into an empty folder would (see src/integrations/output-in-place.ts).
 */
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/build.ts';
import { copyFixture } from '../helpers/fixtures.ts';

const scratch = await mkdtemp(join(tmpdir(), 'rebuild-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const listing = async (dir: string) =>
	(await readdir(dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => !entry.isDirectory())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.sort();

describe('rebuilding into an earlier build’s folder', () => {
	it('keeps the files’ inodes and removes what the new build does not make', async () => {
		const folders = { contentDir: await copyFixture('basic'), outDir: join(scratch, 'dist'), cacheDir: join(scratch, 'cache') };
		const first = await astroBuild(folders);
		expect(first.code, first.output).toBe(0);
		const built = await listing(folders.outDir);
		const page = join(folders.outDir, 'articles', 'sample', 'index.html');
		const { ino } = await stat(page);
		// What an earlier build made and this one no longer does: a removed article, an old asset.
		const leftovers = ['articles/removed/index.html', 'articles/removed/cite.bib', '_astro/old.css', 'pagefind/fragment/old.pf_fragment'];
		for (const file of leftovers) {
			await mkdir(join(folders.outDir, file, '..'), { recursive: true });
			await writeFile(join(folders.outDir, file), 'old');
		}

		const second = await astroBuild(folders);
		expect(second.code, second.output).toBe(0);
		expect(second.output).toMatch(/removed 4 files an earlier build left/);
		expect(await listing(folders.outDir)).toEqual(built);
		expect((await stat(page)).ino).toBe(ino);
		expect(await readdir(join(folders.outDir, 'articles'))).not.toContain('removed');
	});
});
