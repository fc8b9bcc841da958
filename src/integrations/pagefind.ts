/**
 * The Pagefind search index, fed with every page as Astro renders it (through the middleware),
 * so the index is built from exactly the HTML that is written, and Pagefind, a separate process,
 * parses pages on the second core while Astro renders the rest.
 */
import { join } from 'node:path';
import { createIndex, type PagefindIndex } from 'pagefind';
import { writeFilesUnder } from '../lib/file-writes.ts';
import { setPageIndexer } from './page-indexer.ts';

export interface SearchIndexer {
	/** Writes the index to `<site>/pagefind` once every page is in; returns the page count. */
	finish(site: string): Promise<number>;
}

/** Starts an index and registers it for the middleware. */
export async function startSearchIndex(): Promise<SearchIndexer> {
	const { index, errors } = await createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	const added: Promise<{ path: string; errors: string[] }>[] = [];
	setPageIndexer((path, html) => added.push(addPage(index, path, html)));
	return {
		async finish(site) {
			setPageIndexer(undefined);
			const results = await Promise.all(added);
			const failed = results.filter((result) => result.errors.length > 0);
			if (failed.length > 0) throw new Error(`Pagefind: ${failed.map((result) => `${result.path}: ${result.errors.join('; ')}`).join('\n')}`);
			// Pagefind's own writeFiles skips a file already there (its names are content hashes), which
			// would leave it looking stale to the output-in-place sweep: every file is written here.
			const bundle = await index.getFiles();
			if (bundle.errors.length > 0) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
			await writeFilesUnder(join(site, 'pagefind'), bundle.files);
			return results.length;
		},
	};
}

async function addPage(index: PagefindIndex, path: string, html: string): Promise<{ path: string; errors: string[] }> {
	const { errors } = await index.addHTMLFile({ url: path, content: html });
	return { path, errors };
}
