/**
 * Everything a build writes besides the pages: the search index, and each article's share card
 * and citation files.
 *
 * The dev server serves cards and citation files from two routes. A build renders one list of
 * them instead (a JSON route) and writes the files here, after the pages: one route instead of
 * four per article. The search index is started before the pages render, fed each page by the
 * middleware, and written here at the end.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { citationFormats, writeArticleFiles, type ArticleFilesManifest } from '../lib/article-files.ts';
import { shareCardCacheDir } from '../lib/share-image.ts';
import { faultPoint } from './fault-point.ts';
import { startSearchIndex, type SearchIndexer } from './pagefind.ts';

/** Where the list is rendered; removed once its files are written. */
const manifestFolder = '_build';
const manifestPath = `/${manifestFolder}/article-files.json`;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(2)}s`;

export function siteFiles(): AstroIntegration {
	const route = (name: string) => fileURLToPath(new URL(`../routes/${name}.ts`, import.meta.url));
	let search: SearchIndexer | undefined;
	let cacheDir: URL | undefined;
	return {
		name: 'site-files',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command === 'build') {
					injectRoute({ pattern: manifestPath, entrypoint: route('article-files-manifest'), prerender: true });
				} else {
					// The German edition's files are the same routes under /de/ (the route reads the prefix).
					for (const prefix of ['', '/de']) {
						injectRoute({ pattern: `${prefix}/og/[...id].png`, entrypoint: route('share-card'), prerender: true });
						for (const format of Object.keys(citationFormats)) {
							injectRoute({ pattern: `${prefix}/articles/[id]/cite.${format}`, entrypoint: route('citation-file'), prerender: true });
						}
					}
				}
			},
			'astro:config:done': ({ config }) => {
				cacheDir = config.cacheDir;
			},
			'astro:build:start': async () => {
				search = await startSearchIndex({
					recordFile: fileURLToPath(new URL('search-index.json', cacheDir)),
					viewsDir: fileURLToPath(new URL('search-views/', cacheDir)),
				});
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				faultPoint('pages');
				const outDir = fileURLToPath(dir);
				const manifest = JSON.parse(await readFile(join(outDir, manifestFolder, 'article-files.json'), 'utf8')) as ArticleFilesManifest;
				await rm(join(outDir, manifestFolder), { recursive: true });
				if (!search) throw new Error('The search index was not started');
				const started = performance.now();
				// Side by side: the search index is mostly Pagefind's work, in its own process.
				const [, indexed] = await Promise.all([
					writeArticleFiles(outDir, manifest, shareCardCacheDir()).then((count) => {
						faultPoint('article-files');
						logger.info(`article files: ${count} share cards and citation files in ${seconds(started)}`);
					}),
					search.finish(outDir, pages.map((page) => page.pathname)),
				]);
				const how = indexed.kept ? ', unchanged since the last build,' : indexed.readAhead > 0 ? `, ${indexed.readAhead} of them read ahead,` : '';
				logger.info(`search index: ${indexed.pages} pages${how} in ${seconds(started)}`);
			},
		},
	};
}
