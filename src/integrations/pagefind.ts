/**
 * The Pagefind search index over the finished site, so the index always matches the pages in
 * the output folder, wherever OUT_DIR puts it. Run from `astro:build:done` by the site-files
 * integration, alongside the writing of share cards and citation files.
 */
import { createIndex } from 'pagefind';

/** Indexes every page under `site` and writes the index to `<site>/pagefind`; returns the page count. */
export async function buildSearchIndex(site: string): Promise<number> {
	const { index, errors } = await createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
	const added = await index.addDirectory({ path: site });
	if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
	const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
	if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
	return added.page_count;
}
