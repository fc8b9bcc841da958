/** The built site (dist/ or OUT_DIR) for post-build tests, parsed once per file. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { builtPages, type BuiltPage } from '../../src/cli/lib/dist.ts';
import { contentDir, outDir } from '../../src/config.ts';
import { SITE } from '../../src/site.ts';
import { parseRedirectFile } from '../../src/lib/redirects.ts';

export const distDir = resolve(join(import.meta.dirname, '..', '..'), outDir);

export function requireBuild(): void {
	if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No built site in ${distDir}: run npm run build first`);
}

/** Old addresses that only redirect, and their anchor maps (content/redirects.json, or CONTENT_DIR's). */
export const { redirects, anchors: redirectAnchors } = parseRedirectFile(
	JSON.parse(readFileSync(join(resolve(join(import.meta.dirname, '..', '..'), contentDir), 'redirects.json'), 'utf8')),
);

let pagesPromise: Promise<BuiltPage[]> | undefined;
/** The site's pages, without the redirect pages at old addresses. */
export function pages(): Promise<BuiltPage[]> {
	requireBuild();
	return (pagesPromise ??= builtPages(distDir).then((all) => all.filter((page) => !(page.path in redirects))));
}

const documents = new Map<string, Promise<Document>>();
export function documentAt(file: string): Promise<Document> {
	let promise = documents.get(file);
	if (!promise) {
		promise = readFile(file, 'utf8').then((html) => parseHTML(html).document as unknown as Document);
		documents.set(file, promise);
	}
	return promise;
}

/** The file in dist that serves a site path, if any. */
export function fileFor(path: string): string | undefined {
	const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
	const candidates = clean.endsWith('/') ? [join(distDir, clean, 'index.html')] : [join(distDir, clean), join(distDir, clean, 'index.html')];
	// A folder is not a file: a file URL redirected the wrong way would be `…/cite.bib/index.html`.
	return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

export const site = SITE.url;

export async function articlePages(): Promise<BuiltPage[]> {
	return (await pages()).filter((page) => /^(\/de)?\/articles\/[^/]+\/$/.test(page.path));
}
