/**
 * Each article's share card and citation files, and the cards of the site, the claims index and
 * each claim page (./article-files.ts).
 *
 * The dev server serves cards and citation files from two routes (./routes/). A build renders
 * one list of them instead (a JSON route) and writes the files here, after the pages: one route
 * instead of four per article.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { shareCardCacheDir } from '../../lib/share-image.ts';
import { reportBuild, secondsSince } from '../build-report.ts';
import { faultPoint } from '../fault-point.ts';
import { citationFormats, writeArticleFiles, type ArticleFilesManifest } from './article-files.ts';

/** Where the list is rendered; removed once its files are written. */
const manifestFolder = '_build';
const manifestPath = `/${manifestFolder}/article-files.json`;

export function siteFiles(): AstroIntegration {
	const route = (name: string) => fileURLToPath(new URL(`./routes/${name}.ts`, import.meta.url));
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
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const manifest = JSON.parse(await readFile(join(outDir, manifestFolder, 'article-files.json'), 'utf8')) as ArticleFilesManifest;
				await rm(join(outDir, manifestFolder), { recursive: true });
				const started = performance.now();
				const files = await writeArticleFiles(outDir, manifest, shareCardCacheDir());
				faultPoint('article-files');
				const seconds = secondsSince(started);
				logger.info(`${files} share cards and citation files in ${seconds.toFixed(2)}s`);
				reportBuild({ articleFiles: { files, seconds } });
			},
		},
	};
}
