/**
 * Redirects of published addresses (`content/redirects.json`: old path → new path), checked
 * before a build uses them, and the files that follow a page when it moves.
 *
 * A page path ends in `/` and becomes a redirect page at the old address. A file path (a data
 * download, say) cannot redirect on a static host, so the file of the new address is copied to
 * the old one, as a real file. When an article moves, its share card and citation files follow
 * it the same way, without being listed.
 */
import { citationFilePath, shareImagePath } from './urls.ts';

export const redirectsFile = 'content/redirects.json';

export type Redirects = Readonly<Record<string, string>>;
/** Per old page: old section anchor → anchor on the new page. */
export type AnchorMaps = Readonly<Record<string, Readonly<Record<string, string>>>>;

const isPagePath = (path: string) => path.endsWith('/');
const articleId = (path: string) => /^\/articles\/([^/]+)\/$/.exec(path)?.[1];

/**
 * The redirects of a parsed `redirects.json`, or an error naming the file and the entry: paths
 * start with `/`, pages end with `/`, a page goes to a page and a file to a file, no chains
 * (a target that is itself redirected) and no loops.
 */
export function parseRedirects(json: unknown, file = redirectsFile): Redirects {
	return parseRedirectFile(json, file).redirects;
}

/**
 * `parseRedirects`, where an entry may also map the old page's section anchors to the new
 * page's: `"/articles/old/": { "to": "/articles/new/", "anchors": { "old-id": "new-id" } }`.
 */
export function parseRedirectFile(json: unknown, file = redirectsFile): { redirects: Redirects; anchors: AnchorMaps } {
	if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error(`${file}: expected an object of "/old/path/": "/new/path/" entries`);
	const problems: string[] = [];
	const redirects: Record<string, unknown> = {};
	const anchors: Record<string, Record<string, string>> = {};
	for (const [from, value] of Object.entries(json as Record<string, unknown>)) {
		if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
			const entry = value as { to?: unknown; anchors?: unknown };
			const map = entry.anchors ?? {};
			const valid =
				typeof map === 'object' &&
				map !== null &&
				!Array.isArray(map) &&
				Object.entries(map).every(([key, target]) => /^[^\s#]+$/.test(key) && typeof target === 'string' && /^[^\s#]+$/.test(target));
			if (!valid) problems.push(`"${from}": anchors: expected { "old-anchor": "new-anchor" }, ids without # or spaces`);
			else anchors[from] = map as Record<string, string>;
			redirects[from] = entry.to;
		} else redirects[from] = value;
	}
	for (const [from, to] of Object.entries(redirects)) {
		if (typeof to !== 'string') {
			problems.push(`"${from}": expected the new path as text, got ${JSON.stringify(to)}`);
			continue;
		}
		for (const path of [from, to]) {
			if (!/^\/[^\s#?]*$/.test(path) || path.includes('//') || path.includes('/../'))
				problems.push(`"${from}": "${path}" is not a site path such as "/articles/new-id/" (no host, #anchor or query)`);
		}
		if (isPagePath(from) !== isPagePath(to)) problems.push(`"${from}": a page (ending in /) must redirect to a page and a file to a file, not to "${to}"`);
		if (from === to) problems.push(`"${from}": redirects to itself`);
	}
	for (const [from, to] of Object.entries(redirects)) {
		if (typeof to !== 'string' || from === to || !(to in redirects)) continue;
		const chain = [from, to];
		let next = redirects[to];
		while (typeof next === 'string' && !chain.includes(next)) {
			chain.push(next);
			next = redirects[next];
		}
		if (typeof next === 'string' && chain.includes(next))
			problems.push(`"${from}": redirect loop ${[...chain, next].join(' → ')}; every old address must lead to a page that exists`);
		else problems.push(`"${from}" → "${to}" → "${String(redirects[to])}": a chain of redirects; point "${from}" straight at "${chain.at(-1)}"`);
	}
	if (problems.length > 0) throw new Error(`${file}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
	return { redirects: redirects as Redirects, anchors };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/**
 * The page left at an old address. Astro's redirect page drops the `#section` of a link; this
 * one carries it over (mapped through the redirect's anchors), with `/redirect.js`, the only
 * script the Content-Security-Policy needs to allow. Without JavaScript, the refresh and the
 * link still lead to the new page.
 */
export function redirectPage(to: string, canonical: string, anchors: Readonly<Record<string, string>> = {}): string {
	const target = escapeHtml(to);
	return `<!doctype html>
<html lang="en" data-anchors="${escapeHtml(JSON.stringify(anchors))}">
<head>
<meta charset="utf-8">
<title>Moved to ${target}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<script src="/redirect.js"></script>
<meta http-equiv="refresh" content="0;url=${target}">
</head>
<body>
<p>This page has moved: <a href="${target}">${target}</a></p>
</body>
</html>
`;
}

/** The redirects of pages, for Astro's `redirects` setting, which writes a redirect page for each. */
export function pageRedirects(redirects: Redirects): Record<string, string> {
	return Object.fromEntries(Object.entries(redirects).filter(([from]) => isPagePath(from)));
}

/**
 * Files to copy so that old file addresses keep working: old path → path of the file to copy.
 * Listed file redirects, plus the share card and citation files of every moved article whose
 * new address is an article (unless the list names them itself).
 */
export function fileCopies(redirects: Redirects): Map<string, string> {
	const copies = new Map<string, string>();
	for (const [from, to] of Object.entries(redirects)) {
		const [oldId, newId] = [articleId(from), articleId(to)];
		if (oldId === undefined || newId === undefined) continue;
		copies.set(shareImagePath(oldId), shareImagePath(newId));
		for (const format of ['bib', 'ris', 'json'] as const) copies.set(citationFilePath(oldId, format), citationFilePath(newId, format));
	}
	for (const [from, to] of Object.entries(redirects)) if (!isPagePath(from)) copies.set(from, to);
	return copies;
}

/**
 * Redirects whose target the build did not make, one message each. `pages` are the built
 * pages' paths (`/articles/x/`), `files` tells whether a file path exists in the output.
 */
export function missingTargets(redirects: Redirects, pages: ReadonlySet<string>, fileExists: (path: string) => boolean, file = redirectsFile): string[] {
	const problems: string[] = [];
	for (const [from, to] of Object.entries(redirects)) {
		const built = isPagePath(to) ? pages.has(to) : fileExists(to);
		if (!built) problems.push(`${file}: "${from}" redirects to "${to}", which this build did not make; point it at a page that exists`);
	}
	return problems;
}

/**
 * Articles that were published (their page is in the record of published URLs) but whose file
 * is gone and that have no redirect: one message each, naming the file and what to add.
 */
export function removedArticles(recorded: Iterable<string>, hasArticle: (id: string) => boolean, redirects: Redirects, file = redirectsFile): string[] {
	const problems: string[] = [];
	for (const path of recorded) {
		const id = articleId(path);
		if (id === undefined || hasArticle(id) || path in redirects) continue;
		problems.push(
			`content/articles/${id}.mdx was removed, but ${path} is published; add "${path}": "/articles/<new-id>/" (or another page) to ${file}, so its links, share card and citation files keep working`,
		);
	}
	return problems;
}
