/**
 * The hand-over between the build integration and the middleware, which Vite bundles
 * separately: a module instance is not shared between them, so the indexer is registered on
 * `globalThis` under a registry symbol.
 */
const key = Symbol.for('my-number-facts.page-indexer');

/** Called for every page rendered in a build: with its HTML, or `undefined` if it is not for the index. */
export type PageIndexer = (path: string, html: string | undefined) => void;

export function setPageIndexer(indexer: PageIndexer | undefined): void {
	(globalThis as Record<symbol, unknown>)[key] = indexer;
}

export function pageIndexer(): PageIndexer | undefined {
	return (globalThis as Record<symbol, unknown>)[key] as PageIndexer | undefined;
}
