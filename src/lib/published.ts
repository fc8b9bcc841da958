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
	/** Page paths and file paths in the build, e.g. `/articles/x/`, `/og/x.png` (a redirect page counts too). */
	pages: ReadonlySet<string>;
	/** Redirects declared in content/redirects.json: old path → new path. */
	redirects: Readonly<Record<string, string>>;
	/** Element ids on a page. */
	anchorsOf: (path: string) => ReadonlySet<string>;
	/** Anchor maps of redirects in content/redirects.json: old page → old anchor → anchor on the new page. */
	anchorMaps?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

const articleFile = (path: string) => {
	const id = /^\/articles\/([^/]+)\/$/.exec(path)?.[1];
	return id === undefined ? 'the page' : `content/articles/${id}.mdx`;
};

/**
 * Every broken promise: a recorded page or anchor that the build no longer has. A redirected
 * page is checked at its target: the redirect must lead to a page that exists, and every
 * anchor recorded for the old page must be on the target (as a heading id there, as an
 * `anchor_aliases` entry of the target article, or mapped by the redirect's `anchors`), so
 * that old links land on the right section.
 */
export function brokenPromises(record: PublishedRecord, site: BuiltSite): string[] {
	const problems: string[] = [];
	for (const [path, anchors] of Object.entries(record)) {
		const redirect = site.redirects[path];
		const target = redirect ?? path;
		if (!site.pages.has(target)) {
			problems.push(
				redirect === undefined
					? `${path}: page is gone; add "${path}": "<new path>" to content/redirects.json`
					: `${path}: content/redirects.json sends it to ${redirect}, which the build does not have`,
			);
			continue;
		}
		if (anchors.length === 0) continue;
		const present = site.anchorsOf(target);
		const mapped = redirect === undefined ? {} : (site.anchorMaps?.[path] ?? {});
		const missing = anchors.filter((anchor) => !present.has(mapped[anchor] ?? anchor));
		if (missing.length === 0) continue;
		if (redirect === undefined) {
			for (const anchor of missing)
				problems.push(`${path}#${anchor}: anchor is gone; add "${anchor}: <new-id>" under anchor_aliases in the article's frontmatter`);
		} else {
			problems.push(
				`${path} → ${redirect} (content/redirects.json): ${missing.length} section anchor(s) of the old page are not on the new one: ${missing.join(', ')}; map each under anchor_aliases in the frontmatter of ${articleFile(redirect)} ("old-id: heading-id-there"), or in the redirect's "anchors" in content/redirects.json`,
			);
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
