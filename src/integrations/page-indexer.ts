/**
 * The hand-over between the build integration and the code Vite bundles (the middleware, the
 * article route): a module instance is not shared between them, so the indexer is registered on
 * `globalThis` under a registry symbol.
 */
const key = Symbol.for('my-number-facts.page-indexer');

export interface PageIndexer {
	/** Called for every page rendered in a build: with its HTML, or `undefined` if it is not for the index. */
	page(path: string, html: string | undefined): void;
	/** Called with the cache keys of a route's pages, by page path, before any of them renders. */
	cacheKeys(keys: ReadonlyMap<string, string>): void;
}

export function setPageIndexer(indexer: PageIndexer | undefined): void {
	(globalThis as Record<symbol, unknown>)[key] = indexer;
}

export function pageIndexer(): PageIndexer | undefined {
	return (globalThis as Record<symbol, unknown>)[key] as PageIndexer | undefined;
}
