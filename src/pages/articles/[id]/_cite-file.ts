/** Shared by the three citation-file routes: the article and its sections in one format. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getContent } from '~/content';
import { articleWorks } from '~/lib/article-works';
import { exportCitations } from '~/lib/cite-this';
import { absoluteUrl, articlePath } from '~/lib/urls';
import { SITE } from '~/site';

export const citedArticlePaths = (async () =>
	(await getArticles()).map((article) => ({ params: { id: article.id } }))) satisfies GetStaticPaths;

const contentTypes = {
	bibtex: 'application/x-bibtex; charset=utf-8',
	ris: 'application/x-research-info-systems; charset=utf-8',
	csljson: 'application/vnd.citationstyles.csl+json; charset=utf-8',
} as const;

export function citationFileRoute(format: keyof typeof contentTypes): APIRoute {
	return async ({ params, site }) => {
		const content = await getContent();
		const article = content.articleById.get(params['id']!)!;
		const headings = content.headings.get(article.id) ?? [];
		const works = articleWorks(article.id, article.data, absoluteUrl(articlePath(article.id), site), SITE.name, headings);
		const body = exportCitations([works.article, ...works.sections.map((section) => section.work)])[format];
		return new Response(body, { headers: { 'Content-Type': contentTypes[format] } });
	};
}
