/**
 * Cache keys for the article and claim pages, for Astro's incremental builds: a page whose key
 * and code are both unchanged since the last build is kept as it was instead of being rendered
 * again.
 *
 * A key must change whenever anything the page shows changes. An article page shows its own
 * entry (metadata and prose) and, from the rest of the content, sources, claims, datasets,
 * glossary terms, and facts about other articles (titles, dates, which sources each cites). So a
 * key digests the page's own entry and everything in the content index except other articles'
 * prose: editing one article's text re-renders that page alone, and any other content change
 * re-renders them all.
 *
 * A claim page shows the claim, its sources and the metadata of the article that reviews it,
 * never an article's prose: its key is the digest of everything but the prose, so editing an
 * article's text keeps every claim page.
 */
import { createHash } from 'node:crypto';
import type { ContentIndex, Entry } from './content-index.ts';

const byId = <E extends { id: string }>(entries: Iterable<E>): E[] => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** JSON with Maps and Sets as sorted entry lists, so equal content always gives equal text. */
function stableJson(value: unknown): string {
	return JSON.stringify(value, (_key, item: unknown) => {
		if (item instanceof Map) return [...item.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0));
		if (item instanceof Set) return [...item].sort();
		return item;
	});
}

const digest = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The digest of everything in the content index but the articles' prose, and of `settings`. */
function metadataDigest(content: ContentIndex, settings: unknown): string {
	const metadata = (entries: Iterable<Entry<unknown>>) => byId(entries).map(({ id, data }) => ({ id, data }));
	return digest(
		stableJson({
			articles: metadata(content.articles),
			sources: metadata(content.sources.values()),
			claims: metadata(content.claims.values()),
			datasets: metadata(content.datasets.values()),
			glossary: metadata(content.glossary),
			plans: content.plans,
			settings: stableJson(settings),
		}),
	);
}

/**
 * The keys of every article page and every claim page, by id. `settings` is configuration the
 * pages show that is not content and not code (the site's contact, read from the environment at
 * build time). An article's key is the shared digest and its prose's; a claim page's, the shared
 * digest alone.
 */
export function pageKeys(content: ContentIndex, settings: unknown = null): { articles: Map<string, string>; claims: Map<string, string> } {
	const shared = metadataDigest(content, settings);
	return {
		articles: new Map(content.articles.map((article) => [article.id, `${shared}.${digest(article.body)}`])),
		claims: new Map([...content.claims.keys()].map((id) => [id, shared])),
	};
}
