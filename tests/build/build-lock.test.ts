/** One build at a time in the same folders: a second build refuses clearly, and a killed build's lock does not block the next. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, buildState } from '../helpers/build.ts';
import { copyFixture } from '../helpers/fixtures.ts';

const scratch = await mkdtemp(join(tmpdir(), 'build-lock-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));
const folders = { contentDir: await copyFixture('basic'), outDir: join(scratch, 'dist'), cacheDir: join(scratch, 'cache') };

describe('two builds in one folder', () => {
	it('lets one build run and the other refuse, naming the first', async () => {
		const results = await Promise.all([astroBuild(folders), astroBuild(folders)]);
		const codes = results.map((result) => result.code).sort();
		expect(codes[0], results.map((result) => result.output).join('\n')).toBe(0);
		expect(codes[1]).not.toBe(0);
		const refused = results.find((result) => result.code !== 0)!;
		expect(refused.output).toMatch(/Another build \(process \d+, started [^)]+\) is writing to /);
		// The finished build left a whole site and no lock.
		const files = await readdir(folders.outDir, { recursive: true });
		expect(files).toContain(join('articles', 'sample', 'index.html'));
		expect(files.filter((file) => file.includes('build-lock'))).toEqual([]);
		expect((await readdir(buildState(folders))).filter((file) => file.includes('build-lock'))).toEqual([]);
	});
	it('takes over the lock of a build that was killed', async () => {
		await writeFile(
			buildState(folders, '.build-lock'),
			JSON.stringify({ pid: 2 ** 22 + 1, host: (await import('node:os')).hostname(), started: '2026-12-02T06:00:00.000Z' }),
		);
		const result = await astroBuild(folders);
		expect(result.code, result.output).toBe(0);
		expect(result.output).toMatch(/removed a stale build lock .*\.build-lock of process 4194305, which is no longer running/);
	});
});
