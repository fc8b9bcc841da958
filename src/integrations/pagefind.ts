/**
 * The Pagefind search index, fed with every page as Astro renders it (through the middleware),
 * so the index is built from exactly the HTML that is written, and Pagefind, a separate process,
 * parses pages on the second core while Astro renders the rest.
 *
 * Pages that the incremental build kept from the last build are not rendered, so the middleware
 * never sees them; they are read from the output folder instead. When every page's HTML is the
 * same as at the last build, so is the index: the files already in the output are kept, and
 * Pagefind's work is skipped.
 */
import { hash } from 'node:crypto';
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createIndex, type PagefindIndex } from 'pagefind';
import { writeFilesUnder } from '../lib/file-writes.ts';
import { setPageIndexer } from './page-indexer.ts';

export interface SearchIndexer {
	/**
	 * Writes the index to `<site>/pagefind` once every page is in. `pages` lists every page of the
	 * build (as Astro's build:done names them, e.g. `articles/x/`). Returns the page count and
	 * whether the index was kept from the last build.
	 */
	finish(site: string, pages: readonly string[]): Promise<{ pages: number; kept: boolean }>;
}

/** What the last build indexed, and which files that made. */
interface IndexRecord {
	digest: string;
	files: string[];
}

const options = { forceLanguage: 'en' } as const;

/** Pagefind's version: another version may write another index from the same pages. */
async function pagefindVersion(): Promise<string> {
	const manifest = new URL('../package.json', import.meta.resolve('pagefind'));
	return (JSON.parse(await readFile(manifest, 'utf8')) as { version: string }).version;
}

/** The file Astro wrote for a page path, with the format `build.format: 'directory'`. */
const pageFile = (page: string) => (page === '' || page.endsWith('/') ? `${page}index.html` : page);

/** Starts an index and registers it for the middleware; `recordFile` remembers what was indexed. */
export async function startSearchIndex(recordFile: string): Promise<SearchIndexer> {
	const { index, errors } = await createIndex(options);
	const version = await pagefindVersion();
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	const added: Promise<{ path: string; errors: string[] }>[] = [];
	const rendered = new Set<string>();
	const digests = new Map<string, string>();
	setPageIndexer((path, html) => {
		rendered.add(path);
		if (html === undefined) return;
		digests.set(path, hash('sha1', html));
		added.push(addPage(index, path, html));
	});
	return {
		async finish(site, pages) {
			setPageIndexer(undefined);
			// Pages the incremental build kept: Pagefind reads them itself (see below), unless their name
			// has a character a glob would misread; those are handed over as messages.
			const byFile: string[] = [];
			const byMessage = new Map<string, string>();
			const keptPages = pages.filter((page) => !rendered.has(`/${page}`));
			const keptHtml = await Promise.all(keptPages.map((page) => readFile(join(site, pageFile(page)), 'utf8')));
			keptPages.forEach((page, i) => {
				const file = pageFile(page);
				digests.set(`/${page}`, hash('sha1', keptHtml[i]!));
				if (/[{}[\]*?,\\!]/.test(file)) byMessage.set(`/${page}`, keptHtml[i]!);
				else byFile.push(file);
			});
			const digest = hash('sha1', JSON.stringify({ version, options, pages: [...digests].sort(([a], [b]) => (a < b ? -1 : 1)) }));
			const last = await readRecord(recordFile);
			const outDir = join(site, 'pagefind');
			if (last?.digest === digest && (await touchAll(outDir, last.files))) {
				await index.deleteIndex();
				return { pages: digests.size, kept: true };
			}
			// By file, Pagefind reads and parses pages on every core; as messages, it is three times slower.
			for (const [path, html] of byMessage) added.push(addPage(index, path, html));
			if (byFile.length > 0) {
				const read = await index.addDirectory({ path: site, glob: `{${byFile.join(',')}}` });
				if (read.errors.length > 0) throw new Error(`Pagefind: ${read.errors.join('; ')}`);
			}
			const results = await Promise.all(added);
			const failed = results.filter((result) => result.errors.length > 0);
			if (failed.length > 0) throw new Error(`Pagefind: ${failed.map((result) => `${result.path}: ${result.errors.join('; ')}`).join('\n')}`);
			// Pagefind's own writeFiles skips a file already there (its names are content hashes), which
			// would leave it looking stale to the output-in-place sweep: every file is written here.
			const bundle = await index.getFiles();
			if (bundle.errors.length > 0) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
			await writeFilesUnder(outDir, bundle.files);
			await mkdir(dirname(recordFile), { recursive: true });
			await writeFile(recordFile, JSON.stringify({ digest, files: bundle.files.map((file) => file.path) } satisfies IndexRecord));
			return { pages: digests.size, kept: false };
		},
	};
}

async function addPage(index: PagefindIndex, path: string, html: string): Promise<{ path: string; errors: string[] }> {
	const { errors } = await index.addHTMLFile({ url: path, content: html });
	return { path, errors };
}

async function readRecord(file: string): Promise<IndexRecord | undefined> {
	try {
		return JSON.parse(await readFile(file, 'utf8')) as IndexRecord;
	} catch {
		return undefined;
	}
}

/**
 * Marks the last build's index files as part of this build (for the output-in-place sweep);
 * false if any of them is gone, and the index must be written again.
 */
async function touchAll(dir: string, files: readonly string[]): Promise<boolean> {
	const now = new Date();
	const results = await Promise.all(files.map((file) => utimes(join(dir, file), now, now).then(() => true, () => false)));
	return results.every(Boolean);
}
