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
 * neither wrote nor listed as a page (see ./stale-files.ts). Every integration that writes into
 * the output says so through ./write.ts, the one contract between the writers and the sweep. Pages that Astro's incremental
 * build keeps from the last build are listed but not written. The sweep must run after every
 * other integration's `astro:build:done` has written its files, so this integration goes last.
 *
 * It also guards the state kept between builds against a build that failed half-way: such a
 * build may have written pages, views or index files for content that was then reverted, while
 * the records still describe the build before it. A marker in the cache folder notes a build
 * under way; if a build finds it, the last one did not finish, and every record of what an
 * earlier build made (`stateKeptBetweenBuilds`) is dropped before anything reads it, so every
 * page renders and the search index is built anew.
 *
 * It finishes every build: it waits for the writers working in the background, sweeps, and
 * writes the build report (../build-report.ts).
 */
import { lstat, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeCacheFile } from '../../lib/cache-file.ts';
import { reportBuild, writeBuildReport } from '../build-report.ts';
import { faultPoint } from '../fault-point.ts';
import { removeStaleFiles } from './stale-files.ts';
import { backgroundWrites, buildStart } from './write.ts';

/**
 * Everything in the cache folder that describes what an earlier build wrote to the output, and
 * that a build trusts to skip work: Astro's incremental-build manifest
 * (astro/dist/core/build/incremental.js), and the search index's record and page views
 * (src/integrations/search-index/). A cache keyed by content (share cards, citations) is not
 * here: its entries are right whatever build wrote them. A new record of this kind goes here.
 */
export const stateKeptBetweenBuilds = ['incremental-build.json', 'search-index.json', 'search-views'] as const;
const buildUnderWay = 'build-under-way';

export function outputInPlace(): AstroIntegration {
	let cacheDir: URL | undefined;
	let building = false;
	return {
		name: 'output-in-place',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				building = command === 'build';
				if (building) updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			// Before any integration's build:start, where the search index reads its record.
			'astro:config:done': async ({ config, logger }) => {
				const last = config.integrations.at(-1)?.name;
				if (last !== 'output-in-place')
					throw new Error(
						`output-in-place must be the last integration in astro.config.mjs, but "${last}" comes after it: files it writes at build:done would be swept away`,
					);
				cacheDir = config.cacheDir;
				if (!building) return;
				const marker = new URL(buildUnderWay, cacheDir);
				if (await stat(marker).catch(() => undefined)) {
					logger.warn('the last build did not finish: rendering every page again and rebuilding the search index');
					reportBuild({ afterUnfinishedBuild: true });
					await Promise.all(stateKeptBetweenBuilds.map((name) => rm(new URL(name, cacheDir), { recursive: true, force: true })));
				}
				writeCacheFile(fileURLToPath(marker), '');
			},
			// Astro's pages and its incremental cache are written.
			'astro:build:generated': () => faultPoint('pages'),
			'astro:build:done': async ({ dir, assets, pages, logger }) => {
				await backgroundWrites();
				faultPoint('sweep-start');
				const outDir = fileURLToPath(dir);
				const pageFiles = new Set([...assets.values()].flat().map((url) => fileURLToPath(url).slice(outDir.length)));
				// Pages Astro's incremental build kept are the ones this build did not write.
				const old = await Promise.all(
					[...pageFiles].map((file) =>
						lstat(join(outDir, file)).then(
							(found) => found.ctimeMs < buildStart,
							() => false,
						),
					),
				);
				const kept = old.filter(Boolean).length;
				const removed = await removeStaleFiles(outDir, (path) => path === '.git' || pageFiles.has(path));
				if (removed.length > 0)
					logger.info(`removed ${removed.length} files an earlier build left: ${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''}`);
				faultPoint('sweep');
				reportBuild({ pages: { total: pages.length, kept, rendered: pages.length - kept }, removedFiles: removed.length });
				writeBuildReport(cacheDir!);
				await rm(new URL(buildUnderWay, cacheDir), { force: true });
			},
		},
	};
}
