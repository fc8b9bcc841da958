import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '~/content';
import { changeLabels, collectCorrections } from '~/lib/corrections';
import { toUtcDate } from '~/lib/dates';
import { articlePath } from '~/lib/urls';
import { SITE } from '~/site';

export const GET: APIRoute = async ({ site }) =>
	rss({
		title: `${SITE.name}: corrections`,
		description: 'Every correction and change of verdict on the site.',
		site: site!,
		items: collectCorrections(await getArticles()).map((correction) => ({
			title: `${changeLabels[correction.kind]}: ${correction.articleTitle}`,
			link: articlePath(correction.articleId),
			pubDate: toUtcDate(correction.date),
			description: correction.summary,
		})),
		customData: '<language>en</language>',
	});
