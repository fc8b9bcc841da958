/**
 * Dev server only: `/articles/<id>/cite.{bib,ris,json}`, one route per format, all served by
 * this file. A build writes the same files from one list (src/integrations/site-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '~/content';
import { splitLocalePath } from '~/i18n';
import { articleCitationFiles, citationFormats, type CitationFormat } from '~/lib/article-files';
import { SITE } from '~/site';

export const getStaticPaths = (async () => {
	const { articles } = await getContent();
	return articles.map((article) => ({ params: { id: article.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site, url }) => {
	const { locale } = splitLocalePath(url.pathname);
	const content = await getContent(locale);
	const article = content.articleById.get(params['id']!);
	const format = url.pathname.split('.').pop() as CitationFormat;
	if (!article || !(format in citationFormats)) return new Response('Not found', { status: 404 });
	const body = articleCitationFiles(content, article, site, SITE.name, locale)[format];
	return new Response(body, { headers: { 'Content-Type': citationFormats[format].contentType } });
};
