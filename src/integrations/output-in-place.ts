/**
 * Rebuilds write over the output folder in place, and then remove what the build no longer
 * makes, instead of Astro's default of emptying the folder first.
 *
 * Why: a rebuild that deletes some 6,000 files and creates them again makes the file system
 * allocate 6,000 new inodes right after freeing as many. On ext4 without a journal (this project's
 * build machine) the allocator skips every inode freed in the last minutes, one lookup each, so
 * creating a file gets slower with every file just deleted: at 1,000 articles that cost about
 * 4 s of a 20 s rebuild. Writing over an existing file keeps its inode.
 *
 * The result is the same as emptying first: the sweep at the end deletes every file this build
 * neither wrote nor listed as a page (see src/lib/stale-files.ts). Pages that Astro's incremental
 * build keeps from the last build are listed but not written. The sweep must run after every
 * other integration's `astro:build:done` has written its files, so this integration goes last.
 *
 * It also guards the incremental build against a build that failed half-way: such a build may
 * have written pages for content that was then reverted, while the cache still lists the keys of
 * the build before it. A marker in the cache folder notes a build under way; if a build finds it,
 * the last one did not finish, and the incremental cache is dropped so every page renders.
 */
import { rm, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFileIn } from '../lib/file-writes.ts';
import { removeStaleFiles } from '../lib/stale-files.ts';

/** Astro's incremental-build manifest, in the cache folder (astro/dist/core/build/incremental.js). */
const incrementalManifest = 'incremental-build.json';
const buildUnderWay = 'build-under-way';

export function outputInPlace(): AstroIntegration {
	let cacheDir: URL | undefined;
	return {
		name: 'output-in-place',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command === 'build') updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				const last = config.integrations.at(-1)?.name;
				if (last !== 'output-in-place') throw new Error(`output-in-place must be the last integration in astro.config.mjs, but "${last}" comes after it: files it writes at build:done would be swept away`);
				cacheDir = config.cacheDir;
			},
			'astro:build:start': async ({ logger }) => {
				const marker = new URL(buildUnderWay, cacheDir);
				if (await stat(marker).catch(() => undefined)) {
					logger.warn('the last build did not finish: rendering every page again');
					await rm(new URL(incrementalManifest, cacheDir), { force: true });
				}
				await writeFileIn(fileURLToPath(marker), '');
			},
			'astro:build:done': async ({ dir, assets, logger }) => {
				const outDir = fileURLToPath(dir);
				const pageFiles = new Set([...assets.values()].flat().map((url) => fileURLToPath(url).slice(outDir.length)));
				// Every file this build wrote is newer than the process: an earlier build's files are older.
				const removed = await removeStaleFiles(outDir, performance.timeOrigin, (path) => path === '.git' || pageFiles.has(path));
				if (removed.length > 0) logger.info(`removed ${removed.length} files an earlier build left: ${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''}`);
				await rm(new URL(buildUnderWay, cacheDir), { force: true });
			},
		},
	};
}
