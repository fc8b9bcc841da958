/**
 * The Pagefind search index, written to `<output>/pagefind/` from the built pages.
 *
 * Pagefind indexes each page's search view (./search-view.ts): the page without the parts it
 * skips, which gives the same index from less than half the HTML. The views are kept in the
 * cache folder, with a record of what the last build indexed:
 *
 * - a page whose output file is as the last build left it (same size, modification time and
 *   inode: Astro's incremental build kept it) keeps its view; any other page's view is made
 *   from its file;
 * - when no view changed (nor Pagefind's version or settings), neither did the index: its files
 *   in the output are kept, if each is still as it was written. Otherwise Pagefind reads every
 *   view by file, on every core, and the index is written anew.
 *
 * Pagefind makes one index per language, with that language's stemming, by each page's
 * `<html lang>`: German pages (`lang="de"`) are found from the German search page.
 *
 * The index is made after the pages, side by side with the other writers (./output/write.ts,
 * `writeInBackground`); the output sweep waits for it.
 */
import { hash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createIndex } from 'pagefind';
import { writeCacheFile } from '../../lib/cache-file.ts';
import { reportBuild, secondsSince } from '../build-report.ts';
import { faultPoint } from '../fault-point.ts';
import { removeStaleFiles } from '../output/stale-files.ts';
import { markWritten, writeInBackground, writeOutputs } from '../output/write.ts';
import { searchView } from './search-view.ts';

/**
 * Pagefind's settings. Text that only screen readers hear (`.sr-only`: "Source", "(external
 * link)", "Link to the section …") is left out, so result snippets show what a reader sees.
 * No `forceLanguage`: each page goes to the index of its own language.
 */
export const pagefindOptions = { excludeSelectors: ['.sr-only'] };

/** What the last build indexed: a digest of it, each index file's digest, and by page, its view's digest and its output file's signature. */
interface IndexRecord {
	digest: string;
	files: Record<string, string>;
	pages: Record<string, { view: string; file: string }>;
}

/** The cache files: the record, and the search view of every page at the page's output path. Dropped after a build that did not finish. */
export const searchState = { record: 'search-index.json', views: 'search-views' } as const;

export function searchIndex(): AstroIntegration {
	let cacheDir: URL | undefined;
	/** Pagefind's service, started with the build so that its start-up overlaps with the bundling. */
	let service: ReturnType<typeof createIndex> | undefined;
	return {
		name: 'search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = config.cacheDir;
			},
			'astro:build:start': () => {
				service = createIndex(pagefindOptions);
				// A failure to start is reported where the index is needed.
				service.catch(() => undefined);
			},
			'astro:build:done': ({ dir, pages, logger }) => {
				const started = performance.now();
				const cache = (name: string) => fileURLToPath(new URL(name, cacheDir));
				const done = updateIndex(
					fileURLToPath(dir),
					pages.map((page) => page.pathname),
					cache(searchState.record),
					cache(searchState.views),
					service!,
				).then((result) => {
					const seconds = secondsSince(started);
					logger.info(`${result.pages} pages${result.kept ? ', unchanged since the last build,' : ''} in ${seconds.toFixed(2)}s`);
					reportBuild({ searchIndex: { ...result, seconds } });
				});
				writeInBackground(done);
			},
		},
	};
}

/** The file Astro wrote for a page, with `build.format: 'directory'`: `404.html` for the error page (astro/dist/core/build/common.js). */
const pageFile = (page: string) =>
	/^(404|500)\/?$/.test(page) ? `${page.replace('/', '')}.html` : page === '' || page.endsWith('/') ? `${page}index.html` : page;

/** A file's size, modification time and inode: it changes whenever the file is written or replaced. */
async function signature(file: string): Promise<string | undefined> {
	const found = await stat(file).catch(() => undefined);
	return found && `${found.size}:${found.mtimeMs}:${found.ino}`;
}

/** Brings the views and the index in `site` up to date with `pages` (as Astro's build:done names them, e.g. `articles/x/`). */
async function updateIndex(
	site: string,
	pages: readonly string[],
	recordFile: string,
	viewsDir: string,
	service: ReturnType<typeof createIndex>,
): Promise<{ pages: number; kept: boolean }> {
	const last = await readRecord(recordFile);
	const record: IndexRecord['pages'] = {};
	await Promise.all(
		pages.map(async (page) => {
			const file = pageFile(page);
			const current = await signature(join(site, file));
			if (!current) throw new Error(`Search index: no file ${file} for the page /${page}`);
			const earlier = last?.pages[page];
			if (earlier?.file === current && (await signature(join(viewsDir, file)))) {
				record[page] = earlier;
				return;
			}
			const view = searchView(await readFile(join(site, file), 'utf8'));
			writeCacheFile(join(viewsDir, file), view);
			record[page] = { view: hash('sha1', view), file: current };
		}),
	);
	faultPoint('search-views');
	// The views of pages this build no longer makes; what is left is one view per page.
	const files = new Set(pages.map(pageFile));
	await removeStaleFiles(viewsDir, (path) => files.has(path));

	const version = (JSON.parse(await readFile(new URL('../package.json', import.meta.resolve('pagefind')), 'utf8')) as { version: string }).version;
	const views = Object.entries(record)
		.map(([page, { view }]) => [page, view])
		.sort(([a], [b]) => (a! < b! ? -1 : 1));
	const digest = hash('sha1', JSON.stringify({ version, pagefindOptions, views }));
	const outDir = join(site, 'pagefind');
	if (last?.digest === digest && (await keepFiles(outDir, last.files))) {
		writeCacheFile(recordFile, JSON.stringify({ ...last, pages: record }));
		return { pages: pages.length, kept: true };
	}
	const { index, errors } = await service;
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	const read = await index.addDirectory({ path: viewsDir });
	if (read.errors.length > 0) throw new Error(`Pagefind: ${read.errors.join('; ')}`);
	const bundle = await index.getFiles();
	if (bundle.errors.length > 0) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
	await index.deleteIndex();
	// Every file is written, also one already there: Pagefind's own writeFiles would skip it.
	await writeOutputs(outDir, bundle.files);
	faultPoint('search-index');
	const fileDigests = Object.fromEntries(bundle.files.map((file) => [file.path, hash('sha1', file.content)]));
	writeCacheFile(recordFile, JSON.stringify({ digest, files: fileDigests, pages: record } satisfies IndexRecord));
	faultPoint('search-record');
	return { pages: pages.length, kept: false };
}

/** The last build's record; none if it is missing or of another shape. */
async function readRecord(file: string): Promise<IndexRecord | undefined> {
	try {
		const record = JSON.parse(await readFile(file, 'utf8')) as Partial<IndexRecord>;
		return typeof record.digest === 'string' && typeof record.files === 'object' && typeof record.pages === 'object' ? (record as IndexRecord) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Keeps the last build's index files for this build (./output/write.ts) if they are all in the
 * output as that build wrote them; false if any is gone or differs (a build stopped half-way
 * may have written others), and the index must be written again.
 */
async function keepFiles(dir: string, digests: Readonly<Record<string, string>>): Promise<boolean> {
	const same = await Promise.all(
		Object.entries(digests).map(async ([file, digest]) => {
			const content = await readFile(join(dir, file)).catch(() => undefined);
			return content !== undefined && hash('sha1', content) === digest;
		}),
	);
	if (!same.every(Boolean)) return false;
	await Promise.all(Object.keys(digests).map((file) => markWritten(join(dir, file))));
	return true;
}
