/**
 * Links never break: the record of published URLs and section anchors (`published-urls.json`),
 * and the check of a build against it. A recorded page must still exist or have a redirect; a
 * recorded anchor must still exist on its page (directly or as a declared alias).
 */

/** Recorded anchors per page path. */
export type PublishedRecord = Record<string, string[]>;

/** `{ old: new }` → `{ new: [old, …] }`, for the heading that carries the aliases. */
export function invertAliases(aliases: Record<string, string>): Record<string, string[]> {
	const byTarget: Record<string, string[]> = {};
	for (const [old, current] of Object.entries(aliases)) (byTarget[current] ??= []).push(old);
	return byTarget;
}

/**
 * Anchors worth promising to keep: every id on a page except generated citation markers
 * (`cite-…`, and the "Cite" popovers beside headings, `cite-section-…`), source-list entries
 * (`source-…`) and citation previews (`preview-…`), which follow the article's citations.
 */
export function isStableAnchor(id: string): boolean {
	return !/^(cite|source|preview)-/.test(id) && id !== 'main';
}

export interface BuiltSite {
	/** Page paths in the build, e.g. `/articles/x/`. */
	pages: ReadonlySet<string>;
	/** Redirects declared in the Astro config: old path → new path. */
	redirects: Readonly<Record<string, string>>;
	/** Element ids on a page. */
	anchorsOf: (path: string) => ReadonlySet<string>;
}

/** Every broken promise: a recorded page or anchor that the build no longer has. */
export function brokenPromises(record: PublishedRecord, site: BuiltSite): string[] {
	const problems: string[] = [];
	for (const [path, anchors] of Object.entries(record)) {
		let target = path;
		if (!site.pages.has(target)) {
			const redirect = site.redirects[path];
			if (redirect === undefined || !site.pages.has(redirect)) {
				problems.push(`${path}: page is gone; add a redirect in astro.config.mjs (redirects) to its new address`);
				continue;
			}
			target = redirect;
		}
		const present = site.anchorsOf(target);
		for (const anchor of anchors) {
			if (!present.has(anchor)) {
				problems.push(`${path}#${anchor}: anchor is gone; add "${anchor}: <new-id>" under anchor_aliases in the article's frontmatter`);
			}
		}
	}
	return problems;
}

/** A new record: the old one plus what the build adds (a promise, once made, is kept). */
export function extendRecord(record: PublishedRecord, built: Record<string, string[]>): PublishedRecord {
	const next: PublishedRecord = {};
	for (const path of [...new Set([...Object.keys(record), ...Object.keys(built)])].sort()) {
		next[path] = [...new Set([...(record[path] ?? []), ...(built[path] ?? [])])].sort();
	}
	return next;
}
