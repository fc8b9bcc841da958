/**
 * The Pagefind search index, fed with every page as Astro renders it (through the middleware),
 * so the index is built from exactly the HTML that is written, and Pagefind, a separate process,
 * parses pages on the second core while Astro renders the rest.
 */
import { createIndex, type PagefindIndex } from 'pagefind';
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
			const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
			if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
			return results.length;
		},
	};
}

async function addPage(index: PagefindIndex, path: string, html: string): Promise<{ path: string; errors: string[] }> {
	const { errors } = await index.addHTMLFile({ url: path, content: html });
	return { path, errors };
}
