/**
 * Budget check over the built site: prints each page's compressed script and HTML+CSS weight
 * and fails when a page is over budget, loads anything from another host, uses a web font
 * from elsewhere, or has an image without dimensions or eager loading below the fold.
 */
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parseArgs } from 'node:util';
import { outDir } from '../config.ts';
import { budgets, foreignFonts, gzipSize, pageAssets, staticImports } from './lib/budgets.ts';
import { builtPages } from './lib/dist.ts';

const usage = `Usage: npm run budgets [-- --dist <folder>]

Measures every built page (gzip -9): enhancement JavaScript (limit ${budgets.scriptBytes / 1024} KB per page)
and, for articles, HTML plus CSS (limit ${budgets.articleBytes / 1024} KB). Also fails on subresources or
web fonts from other hosts and on images without dimensions or lazy loading below the fold.

Options:
  --dist <folder>   the built site (default: dist, or OUT_DIR)
  -h, --help        show this help`;

const { values } = parseArgs({
	options: { dist: { type: 'string', default: outDir }, help: { type: 'boolean', short: 'h', default: false } },
});
if (values.help) {
	console.log(usage);
	process.exit(0);
}

const dist = values.dist;
const cache = new Map<string, string>();
const readAsset = async (path: string) => {
	let text = cache.get(path);
	if (text === undefined) {
		text = await readFile(join(dist, path), 'utf8');
		cache.set(path, text);
	}
	return text;
};

/** A module and every chunk it statically imports, each counted once. */
async function scriptClosure(entry: string, seen = new Set<string>()): Promise<Set<string>> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	for (const spec of staticImports(await readAsset(entry))) await scriptClosure(posix.join(posix.dirname(entry), spec), seen);
	return seen;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const failures: string[] = [];
const rows: string[] = [];
let maxScript = 0;
let maxArticle = 0;
for (const page of await builtPages(dist)) {
	const html = await readFile(page.file, 'utf8');
	const assets = pageAssets(html);
	const scripts = new Set<string>();
	for (const src of assets.scripts.filter((s) => s.startsWith('/'))) for (const file of await scriptClosure(src)) scripts.add(file);
	let scriptBytes = 0;
	for (const file of scripts) scriptBytes += gzipSize(await readAsset(file));
	let cssBytes = 0;
	for (const href of assets.stylesheets.filter((h) => h.startsWith('/'))) {
		const css = await readAsset(href);
		cssBytes += gzipSize(css);
		for (const font of foreignFonts(css)) failures.push(`${page.path}: web font from another host: ${font}`);
	}
	const htmlBytes = gzipSize(html);
	const isArticle = /^\/articles\/[^/]+\/$/.test(page.path);
	maxScript = Math.max(maxScript, scriptBytes);
	if (isArticle) maxArticle = Math.max(maxArticle, htmlBytes + cssBytes);
	rows.push(`${page.path.padEnd(44)} html ${kb(htmlBytes).padStart(8)}  css ${kb(cssBytes).padStart(8)}  js ${kb(scriptBytes).padStart(7)}`);
	if (scriptBytes > budgets.scriptBytes) failures.push(`${page.path}: ${kb(scriptBytes)} of script, over ${kb(budgets.scriptBytes)}`);
	if (isArticle && htmlBytes + cssBytes > budgets.articleBytes)
		failures.push(`${page.path}: ${kb(htmlBytes + cssBytes)} of HTML and CSS, over ${kb(budgets.articleBytes)}`);
	for (const url of assets.foreignSubresources) failures.push(`${page.path}: loads from another host: ${url}`);
	for (const problem of assets.imageProblems) failures.push(`${page.path}: ${problem}`);
}
console.log(rows.join('\n'));
console.log(
	`Budgets: largest script per page ${kb(maxScript)} (limit ${kb(budgets.scriptBytes)}); largest article HTML+CSS ${kb(maxArticle)} (limit ${kb(budgets.articleBytes)}); ${rows.length} pages`,
);
if (failures.length > 0) {
	console.error(failures.join('\n'));
	process.exit(1);
}
