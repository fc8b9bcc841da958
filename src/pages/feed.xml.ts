import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '~/content';
import { toUtcDate } from '~/lib/dates';
import { articlePath } from '~/lib/urls';
import { SITE } from '~/site';

export const GET: APIRoute = async ({ site }) => {
	const articles = [...(await getArticles())].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
	return rss({
		title: SITE.name,
		description: SITE.tagline,
		site: site!,
		items: articles.map((article) => ({
			title: article.data.title,
			link: articlePath(article.id),
			pubDate: toUtcDate(article.data.published),
			description: article.data.summary,
			categories: [article.data.topic],
		})),
		customData: '<language>en</language>',
	});
};
