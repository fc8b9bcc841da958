/** Each edition's article feed: `/feed.xml` and `/de/feed.xml`, in the edition's language. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles, localeStaticPaths } from '~/content';
import { localeOf, localePath, localeTags, ui } from '~/i18n';
import { toUtcDate } from '~/lib/dates';
import { articlePath } from '~/lib/urls';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const locale = localeOf(params['locale']);
	const t = ui(locale);
	const articles = [...(await getArticles(locale))].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
	return rss({
		title: t.site.name,
		description: t.site.tagline,
		site: site!,
		items: articles.map((article) => ({
			title: article.data.title,
			link: localePath(locale, articlePath(article.id)),
			pubDate: toUtcDate(article.data.published),
			description: article.data.summary,
			categories: [article.data.topic],
		})),
		customData: `<language>${localeTags[locale].lang}</language>`,
	});
};
