/**
 * The Pagefind search index, fed with every page as Astro renders it (through the middleware),
 * so the index is built from exactly the HTML that is written, and Pagefind, a separate process,
 * parses pages on the second core while Astro renders the rest. Pagefind gets each page's
 * search view (src/lib/search-view.ts): the same index from less than half the HTML.
 *
 * Pages that the incremental build kept from the last build are not rendered, so the middleware
 * never sees them. Their search views are kept in the cache folder, and Pagefind reads them from
 * there itself, on every core (handing pages over as messages is about three times slower). It
 * reads them ahead, while Astro renders the other pages: the article route announces its cache
 * keys before rendering, and the pages whose key is the one of the last build are expected to be
 * kept. The guess is checked at the end, and the index starts again without it if it was wrong.
 * When no page's view changed since the last build, neither did the index: the files already in
 * the output are kept, and Pagefind's work is skipped.
 */
import { hash } from 'node:crypto';
import { readFile, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { createIndex, type PagefindIndex } from 'pagefind';
import { writeFileIn, writeFilesUnder } from '../lib/file-writes.ts';
import { searchView } from '../lib/search-view.ts';
import { removeStaleFiles } from '../lib/stale-files.ts';
import { faultPoint } from './fault-point.ts';
import { setPageIndexer } from './page-indexer.ts';

export interface SearchIndexer {
	/**
	 * Writes the index to `<site>/pagefind` once every page is in. `pages` lists every page of the
	 * build (as Astro's build:done names them, e.g. `articles/x/`). Returns the page count and
	 * whether the index was kept from the last build.
	 */
	finish(site: string, pages: readonly string[]): Promise<{ pages: number; kept: boolean; readAhead: number }>;
}

export interface SearchCache {
	/** What the last build indexed (JSON). */
	recordFile: string;
	/** The search view of every indexed page, at the page's output path. */
	viewsDir: string;
}

/** What the last build indexed, and which files that made. */
interface IndexRecord {
	digest: string;
	files: string[];
	/** A digest of each index file as written, so a kept index is one whose files are all still as written. */
	fileDigests: Record<string, string>;
	/** By page path: the digest of its search view, the signature of its output file then, and its cache key if it has one. */
	pages: Record<string, { view: string; file: string; key?: string | undefined }>;
}

/**
 * Pagefind's settings. Text that only screen readers hear (`.sr-only`: "Source", "(external
 * link)", "Link to the section …") is left out, so result snippets show what a reader sees.
 */
export const pagefindOptions = { forceLanguage: 'en', excludeSelectors: ['.sr-only'] };
const options = pagefindOptions;

/** Pagefind's version: another version may write another index from the same pages. */
async function pagefindVersion(): Promise<string> {
	const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
	return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

/** The file Astro wrote for a page path, with the format `build.format: 'directory'`. */
const pageFile = (page: string) => (page === '' || page.endsWith('/') ? `${page}index.html` : page);

/** A file's size, modification time and inode: it changes whenever the file is written or replaced. */
async function signature(file: string): Promise<string | undefined> {
	const found = await stat(file).catch(() => undefined);
	return found && `${found.size}:${found.mtimeMs}:${found.ino}`;
}

async function newIndex(): Promise<PagefindIndex> {
	const { index, errors } = await createIndex(options);
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	return index;
}

/** A name Pagefind's glob would misread; such a page goes to Pagefind as a message. */
const globUnsafe = (file: string) => /[{}[\]*?,\\!]/.test(file);

/** Starts an index and registers it for the middleware and the article route. */
export async function startSearchIndex(cache: SearchCache): Promise<SearchIndexer> {
	const version = await pagefindVersion();
	const last = await readRecord(cache.recordFile);
	let index = newIndex();
	let added: Promise<{ path: string; errors: string[] }>[] = [];
	const writes: Promise<void>[] = [];
	const rendered = new Set<string>();
	/** Views of the pages rendered in this build: their digests, and the views themselves in case of a restart. */
	const viewDigests = new Map<string, string>();
	const renderedViews = new Map<string, string>();
	const keys = new Map<string, string>();
	/**
	 * Pages expected to be kept, whose views Pagefind reads while Astro renders the rest. The guess
	 * (the cache key is the one of the last build) fails if Astro renders one of them after all,
	 * for instance because the code changed: then the index starts again without them.
	 */
	let readAhead: { pages: Set<string>; done: Promise<{ errors: string[]; pageCount: number }> } | undefined;

	const add = (path: string, view: string) => added.push(index.then((current) => addPage(current, path, view)));
	/** Drops the index under way; nothing of it is used, so its errors do not matter. */
	const discard = () => {
		const [discarded, reading] = [index, readAhead?.done];
		readAhead = undefined;
		void Promise.allSettled([reading, ...added])
			.then(() => discarded)
			.then((old) => old.deleteIndex())
			.catch(() => undefined);
	};
	/** A fresh index with every page rendered so far, without the pages read ahead. */
	const restart = () => {
		discard();
		index = newIndex();
		added = [];
		for (const [path, view] of renderedViews) add(path, view);
	};

	setPageIndexer({
		page(path, html) {
			rendered.add(path);
			if (readAhead?.pages.has(path)) restart();
			if (html === undefined) return;
			const view = searchView(html);
			viewDigests.set(path, hash('sha1', view));
			renderedViews.set(path, view);
			add(path, view);
			writes.push(writeFileIn(join(cache.viewsDir, pageFile(path.slice(1))), view));
		},
		cacheKeys(announced) {
			for (const [path, key] of announced) keys.set(path, key);
			if (!last || readAhead) return;
			const expected = [...announced].filter(([path, key]) => last.pages[path]?.key === key && !rendered.has(path)).map(([path]) => path);
			const files = expected.map((path) => pageFile(path.slice(1)));
			// All kept is most likely a build with nothing changed, whose index is kept as it is.
			if (expected.length === 0 || expected.length === announced.size || files.some(globUnsafe)) return;
			readAhead = {
				pages: new Set(expected),
				done: index.then(async (current) => {
					const read = await current.addDirectory({ path: cache.viewsDir, glob: `{${files.join(',')}}` });
					return { errors: read.errors, pageCount: read.page_count };
				}),
			};
		},
	});
	return {
		async finish(site, pages) {
			setPageIndexer(undefined);
			await Promise.all(writes);
			faultPoint('search-views');
			const record: IndexRecord['pages'] = {};
			const keptFiles: string[] = [];
			let refreshed = 0;
			await Promise.all(
				pages.map(async (page) => {
					const path = `/${page}`;
					const file = pageFile(page);
					const key = keys.get(path);
					if (rendered.has(path)) {
						const view = viewDigests.get(path);
						if (view) record[path] = { view, file: (await signature(join(site, file))) ?? '', key };
						return;
					}
					const current = await signature(join(site, file));
					if (!current) throw new Error(`Search index: no file ${file} for the page ${path}, which this build did not render`);
					const earlier = last?.pages[path];
					if (earlier?.file === current && (await signature(join(cache.viewsDir, file)))) {
						record[path] = { ...earlier, key };
					} else {
						// Not seen by the last build as it is now: take its view from the output.
						const view = searchView(await readFile(join(site, file), 'utf8'));
						await writeFileIn(join(cache.viewsDir, file), view);
						record[path] = { view: hash('sha1', view), file: current, key };
						refreshed++;
					}
					keptFiles.push(file);
				}),
			);
			const kept = new Set(keptFiles);
			await removeStaleFiles(cache.viewsDir, performance.timeOrigin, (path) => kept.has(path));
			const sorted = Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1));
			const digest = hash('sha1', JSON.stringify({ version, options, pages: sorted.map(([path, { view }]) => [path, view]) }));
			const outDir = join(site, 'pagefind');
			if (last?.digest === digest && (await verifyAndTouch(outDir, last.fileDigests))) {
				discard();
				await writeRecord(cache.recordFile, { digest, files: last.files, fileDigests: last.fileDigests, pages: record });
				return { pages: sorted.length, kept: true, readAhead: 0 };
			}
			// The pages read ahead must be exactly the kept ones, with the views read then.
			const read = await readAhead?.done.catch(() => undefined);
			const readAheadHolds = readAhead !== undefined && read !== undefined && read.errors.length === 0 && read.pageCount === kept.size && refreshed === 0 && keptFiles.every((file) => readAhead!.pages.has(`/${file.replace(/index\.html$/, '')}`));
			const readAheadCount = readAheadHolds ? kept.size : 0;
			if (!readAheadHolds) {
				if (readAhead) restart();
				const byFile = keptFiles.filter((file) => !globUnsafe(file));
				for (const file of keptFiles.filter(globUnsafe)) add(`/${file.replace(/index\.html$/, '')}`, await readFile(join(cache.viewsDir, file), 'utf8'));
				if (byFile.length > 0) {
					// By file, Pagefind reads and parses pages on every core; as messages, it is three times slower.
					const fromFiles = await (await index).addDirectory({ path: cache.viewsDir, glob: `{${byFile.join(',')}}` });
					if (fromFiles.errors.length > 0) throw new Error(`Pagefind: ${fromFiles.errors.join('; ')}`);
				}
			}
			const results = await Promise.all(added);
			const failed = results.filter((result) => result.errors.length > 0);
			if (failed.length > 0) throw new Error(`Pagefind: ${failed.map((result) => `${result.path}: ${result.errors.join('; ')}`).join('\n')}`);
			// Pagefind's own writeFiles skips a file already there (its names are content hashes), which
			// would leave it looking stale to the output-in-place sweep: every file is written here.
			const bundle = await (await index).getFiles();
			if (bundle.errors.length > 0) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
			await writeFilesUnder(outDir, bundle.files);
			faultPoint('search-index');
			const fileDigests = Object.fromEntries(bundle.files.map((file) => [file.path, hash('sha1', file.content)]));
			await writeRecord(cache.recordFile, { digest, files: bundle.files.map((file) => file.path), fileDigests, pages: record });
			faultPoint('search-record');
			return { pages: sorted.length, kept: false, readAhead: readAheadCount };
		},
	};
}

async function addPage(index: PagefindIndex, path: string, html: string): Promise<{ path: string; errors: string[] }> {
	const { errors } = await index.addHTMLFile({ url: path, content: html });
	return { path, errors };
}

/** The last build's record; none if it is missing or from an older version of this module. */
async function readRecord(file: string): Promise<IndexRecord | undefined> {
	try {
		const record = JSON.parse(await readFile(file, 'utf8')) as Partial<IndexRecord>;
		const valid = typeof record.digest === 'string' && Array.isArray(record.files) && typeof record.fileDigests === 'object' && record.fileDigests !== null && typeof record.pages === 'object' && record.pages !== null;
		return valid ? (record as IndexRecord) : undefined;
	} catch {
		return undefined;
	}
}

const writeRecord = (file: string, record: IndexRecord) => writeFileIn(file, JSON.stringify(record));

/**
 * Checks that the last build's index files are all in the output as that build wrote them, and
 * marks them as part of this build (for the output-in-place sweep); false if any is gone or
 * differs (a build that was stopped half-way may have written others), and the index must be
 * written again.
 */
async function verifyAndTouch(dir: string, fileDigests: Readonly<Record<string, string>>): Promise<boolean> {
	const now = new Date();
	const results = await Promise.all(
		Object.entries(fileDigests).map(async ([file, expected]) => {
			const content = await readFile(join(dir, file)).catch(() => undefined);
			if (!content || hash('sha1', content) !== expected) return false;
			return utimes(join(dir, file), now, now).then(() => true, () => false);
		}),
	);
	return results.every(Boolean);
}
