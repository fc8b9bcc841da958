/**
 * Build only: the list of share cards and citation files for src/integrations/site-files.ts,
 * which writes them into the output and then deletes this file.
 */
import type { APIRoute } from 'astro';
import { getContent, getLocales } from '~/content';
import { articleFilesManifest } from '~/lib/article-files';
import { SITE } from '~/site';

export const GET: APIRoute = async ({ site }) => {
	const editions = await Promise.all((await getLocales()).map(async (locale) => ({ locale, content: await getContent(locale) })));
	return Response.json(articleFilesManifest(editions, site, SITE));
};
