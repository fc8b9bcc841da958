/**
 * Builds the Pagefind search index over the finished site (`astro:build:done`), so the index
 * always matches the pages in the output folder, wherever OUT_DIR puts it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createIndex } from 'pagefind';

export function pagefindIndex(): AstroIntegration {
	return {
		name: 'pagefind-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const site = fileURLToPath(dir);
				const { index, errors } = await createIndex({ forceLanguage: 'en' });
				if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
				const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
				if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
				logger.info(`indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(2)}s`);
			},
		},
	};
}
