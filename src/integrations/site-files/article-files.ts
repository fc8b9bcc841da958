/**
 * The files that go with each article besides its page: a share card (`/og/<id>.png`) and
 * citation files (`/articles/<id>/cite.{bib,ris,json}`); plus the site's own card and those of
 * the claims index (`/og/claims.png`) and of each claim page (`/og/claims/<id>.png`).
 *
 * A build writes them all from one list (see ./site-files.ts) rather than as
 * four routes per article: at a thousand articles, Astro's per-route work for 4,000 small
 * files cost nearly as much as rendering the article pages themselves. The dev server serves
 * the same bodies from routes, made by the same functions below.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { articleWorks } from '../../lib/article-works.ts';
import { exportCitations } from '../../lib/cite-this.ts';
import type { ArticleEntry, ContentIndex } from '../../lib/content-index.ts';
import { renderShareCardFile, type ShareCard } from '../../lib/share-image.ts';
import { shareCardFor, shareCardIds } from '../../lib/share-cards.ts';
import { absoluteUrl, articlePath, citationFilePath, shareImagePath } from '../../lib/urls.ts';
import { ui } from '../../i18n/index.ts';
import { localePath, type Locale } from '../../i18n/locales.ts';
import { linkOutput, runPooled, writeOutput } from '../output/write.ts';

/** Citation file extensions and the media types the dev server sends them with. */
export const citationFormats = {
	bib: { contentType: 'application/x-bibtex; charset=utf-8' },
	ris: { contentType: 'application/x-research-info-systems; charset=utf-8' },
	json: { contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
export type CitationFormat = keyof typeof citationFormats;

/** The citation files of one article in every format: the article and each section as the page shows them. */
export function articleCitationFiles(
	content: ContentIndex,
	article: ArticleEntry,
	site: URL | undefined,
	siteName: string,
	locale: Locale = 'en',
): Record<CitationFormat, string> {
	const works = articleWorks(
		article.id,
		article.data,
		absoluteUrl(localePath(locale, articlePath(article.id)), site),
		siteName,
		content.headings.get(article.id) ?? [],
	);
	const exported = exportCitations([works.article, ...works.sections.map((section) => section.work)], undefined, locale);
	return { bib: exported.bibtex, ris: exported.ris, json: exported.csljson };
}

/** Everything a build writes besides the pages, as data: made by one route, written by the integration. */
export interface ArticleFilesManifest {
	/** Each card with its site path (`/og/<id>.png`, `/de/og/<id>.png`). */
	cards: { path: string; card: ShareCard }[];
	/** Each article's citation files with their site paths (`/articles/<id>/cite.bib`, `/de/articles/…`). */
	citations: { paths: Record<CitationFormat, string>; bodies: Record<CitationFormat, string> }[];
}

/** The files of every edition: each edition's cards and citation files under its own prefix, in its language. */
export function articleFilesManifest(
	editions: readonly { locale: Locale; content: ContentIndex }[],
	site: URL | undefined,
	siteMeta: { name: string; tagline: string },
): ArticleFilesManifest {
	const formats = Object.keys(citationFormats) as CitationFormat[];
	return {
		cards: editions.flatMap(({ locale, content }) =>
			shareCardIds(content).map((id) => ({ path: localePath(locale, shareImagePath(id)), card: shareCardFor(content, id, siteMeta, ui(locale), locale)! })),
		),
		citations: editions.flatMap(({ locale, content }) =>
			content.articles.map((article) => ({
				paths: Object.fromEntries(formats.map((format) => [format, localePath(locale, citationFilePath(article.id, format))])) as Record<
					CitationFormat,
					string
				>,
				bodies: articleCitationFiles(content, article, site, siteMeta.name, locale),
			})),
		),
	};
}

/** Output paths relative to the site root, without the leading slash. */
const outputPath = (path: string) => path.replace(/^\//, '');

/**
 * Writes the manifest's files under `outDir`: cards are rendered (or taken from the cache by
 * content hash) and linked in (a thousand cards are 50 MB), citation bodies written as they are, several at a time. Returns
 * the number of files written.
 */
export async function writeArticleFiles(outDir: string, manifest: ArticleFilesManifest, cardCacheDir: string): Promise<number> {
	const jobs: (() => Promise<void>)[] = [];
	const dirs = new Set<string>();
	const target = (path: string) => {
		const file = join(outDir, outputPath(path));
		dirs.add(dirname(file));
		return file;
	};
	for (const { path, card } of manifest.cards) {
		const file = target(path);
		jobs.push(async () => linkOutput(await renderShareCardFile(card, cardCacheDir), file));
	}
	for (const { paths, bodies } of manifest.citations) {
		for (const format of Object.keys(citationFormats) as CitationFormat[]) {
			const file = target(paths[format]);
			jobs.push(() => writeOutput(file, bodies[format]));
		}
	}
	await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
	await runPooled(jobs);
	return jobs.length;
}
