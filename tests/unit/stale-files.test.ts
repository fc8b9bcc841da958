import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleFiles } from '../../src/integrations/output/stale-files.ts';

const work = await mkdtemp(join(tmpdir(), 'stale-files-'));
afterAll(() => rm(work, { recursive: true, force: true }));

async function put(path: string, text = 'x') {
	await mkdir(join(work, path, '..'), { recursive: true });
	await writeFile(join(work, path), text);
}

describe('removeStaleFiles', () => {
	it('removes files untouched since the given time and the folders they leave empty, keeping the rest', async () => {
		await put('articles/gone/index.html');
		await put('articles/kept/index.html');
		await put('articles/kept/cite.bib');
		await put('articles/kept/cite.ris');
		await put('_astro/old.css');
		await put('.git/HEAD');
		const since = Date.now() + 50;
		await new Promise((done) => setTimeout(done, 100));
		// Written over in place, as a rebuild does: the same inode, a new change time.
		const before = await stat(join(work, 'articles/kept/index.html'));
		await put('articles/kept/index.html', 'new');
		await put('_astro/new.css');

		const removed = await removeStaleFiles(work, (path) => path === '.git' || path === 'articles/kept/cite.bib', since);

		expect(removed).toEqual(['_astro/old.css', 'articles/gone/index.html', 'articles/kept/cite.ris']);
		expect((await stat(join(work, 'articles/kept/index.html'))).ino).toBe(before.ino);
		expect(await readdir(join(work, 'articles'))).toEqual(['kept']);
		expect((await readdir(work)).sort()).toEqual(['.git', '_astro', 'articles']);
	});

	it('removes nothing when every file is new', async () => {
		expect(await removeStaleFiles(work, undefined, 0)).toEqual([]);
	});
});
