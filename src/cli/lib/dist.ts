/** Reading a built site: its HTML pages as URL paths and files. Used by CLIs and post-build tests. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
	/** URL path, e.g. `/articles/x/` or `/404.html`. */
	path: string;
	file: string;
}

export async function builtPages(distDir: string): Promise<BuiltPage[]> {
	const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => {
			const file = join(entry.parentPath, entry.name);
			const rel = relative(distDir, file).split(sep).join('/');
			const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
			return { path, file };
		})
		.sort((a, b) => a.path.localeCompare(b.path));
}

/** Element ids in an HTML document, without a full parser: ids are plain attributes here. */
export function idsIn(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** Downloadable files readers may link to: data, citations, feeds, share images (not build assets). */
export async function publishedFiles(distDir: string): Promise<string[]> {
	const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && /\.(csv|json|bib|ris|xml|txt|png|svg|webmanifest)$/.test(entry.name))
		.map((entry) => `/${relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
		.filter((path) => !/^\/(_astro|pagefind)\//.test(path))
		.sort();
}
