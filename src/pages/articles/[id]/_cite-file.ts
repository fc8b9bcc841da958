/** Shared by the three citation-file routes: the article and its sections in one format. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { render } from 'astro:content';
import { getArticleEntry, getArticles } from '~/content';
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
		const entry = await getArticleEntry(params['id']!);
		const { headings } = await render(entry);
		const works = articleWorks(entry.id, entry.data, absoluteUrl(articlePath(entry.id), site), SITE.name, headings);
		const body = exportCitations([works.article, ...works.sections.map((section) => section.work)])[format];
		return new Response(body, { headers: { 'Content-Type': contentTypes[format] } });
	};
}
