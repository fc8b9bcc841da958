/**
 * Redirects from `content/redirects.json` (see src/lib/redirects.ts): checked when the build
 * starts (shape, chains, loops, published articles whose file is gone), handed to Astro for
 * pages, and at the end checked against what was built, with the files of moved pages and the
 * listed file redirects copied to their old addresses as real files. It must come after
 * site-files, whose share cards and citation files it copies, and before output-in-place.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../config.ts';
import {
	fileCopies,
	missingTargets,
	pageRedirects,
	parseRedirectFile,
	redirectPage,
	redirectsFile,
	removedArticles,
	type AnchorMaps,
	type Redirects,
} from '../lib/redirects.ts';
import { copyOutput, writeOutput } from './output/write.ts';

function readJson(file: string): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${redirectsFile}: ${error instanceof Error ? error.message : String(error)}`);
	}
}

let loaded: { redirects: Redirects; anchors: AnchorMaps } | undefined;

function load(): { redirects: Redirects; anchors: AnchorMaps } {
	if (!loaded) {
		const file = join(contentDir, 'redirects.json');
		loaded = existsSync(file) ? parseRedirectFile(readJson(file)) : { redirects: {}, anchors: {} };
	}
	return loaded;
}

/** The checked redirects of the content folder (none if it has no redirects.json). */
export function loadRedirects(): Redirects {
	return load().redirects;
}

/** True for an absolute page URL that only redirects, which the sitemap leaves out. */
export function isRedirected(url: string): boolean {
	return new URL(url).pathname in loadRedirects();
}

export function redirects(): AstroIntegration {
	let list: Redirects = {};
	let site: URL | undefined;
	return {
		name: 'redirects',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				list = loadRedirects();
				const record = join(contentDir, 'published-urls.json');
				if (existsSync(record)) {
					const paths = Object.keys(readJson(record) as Record<string, unknown>);
					const problems = removedArticles(paths, (id) => existsSync(join(contentDir, 'articles', `${id}.mdx`)), list);
					if (problems.length > 0) throw new Error(problems.join('\n'));
				}
				updateConfig({ redirects: pageRedirects(list) });
			},
			'astro:config:done': ({ config }) => {
				site = config.site === undefined ? undefined : new URL(config.site);
			},
			'astro:build:done': async ({ dir, pages, logger }) => {
				const outDir = fileURLToPath(dir);
				const output = (path: string) => join(outDir, path.replace(/^\//, ''));
				const isFile = (path: string) => existsSync(output(path)) && statSync(output(path)).isFile();
				const built = new Set(pages.map((page) => `/${page.pathname}`));
				const problems = missingTargets(list, built, isFile);
				const copies = [...fileCopies(list)];
				for (const [from, to] of copies) {
					if (!isFile(to)) problems.push(`${redirectsFile}: "${from}" would be a copy of "${to}", which this build did not make`);
				}
				if (problems.length > 0) throw new Error(problems.join('\n'));
				for (const [from, to] of copies) {
					await copyOutput(output(to), output(from));
				}
				if (copies.length > 0) logger.info(`${copies.length} files of moved pages copied to their old addresses`);
				// Astro's redirect pages, replaced by ones that keep the link's #section.
				for (const [from, to] of Object.entries(pageRedirects(list))) {
					await writeOutput(output(`${from}index.html`), redirectPage(to, site ? new URL(to, site).href : to, load().anchors[from]));
				}
			},
		},
	};
}
