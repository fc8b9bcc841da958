/** Each edition's corrections feed: `/corrections.xml` and `/de/corrections.xml`. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContent, localeStaticPaths } from '~/content';
import { localeOf, localePath, localeTags, ui, type Locale } from '~/i18n';
import { collectCorrections, correctionDescription } from '~/lib/corrections';
import { toUtcDate } from '~/lib/dates';
import { articlePath } from '~/lib/urls';

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const locale = localeOf(params['locale']);
	const t = ui(locale);
	return rss({
		title: t.site.correctionsFeedTitle(t.site.name),
		description: t.site.correctionsFeedDescription,
		site: site!,
		items: await feedItems(site!, locale),
		customData: `<language>${localeTags[locale].lang}</language>`,
	});
};

async function feedItems(site: URL, locale: Locale) {
	const t = ui(locale);
	const content = await getContent(locale);
	return collectCorrections(content.articles, content.claims).map((correction) => {
		const page = localePath(locale, articlePath(correction.articleId));
		return {
			title: `${t.article.change[correction.kind]}: ${correction.articleTitle}`,
			link: correction.verdict ? new URL(`${page}#claim-${correction.verdict.claimId}`, site).href : page,
			pubDate: toUtcDate(correction.date),
			description: correctionDescription(correction, t),
			customData: `<guid isPermaLink="false">${locale === 'en' ? correction.id : `${locale}-${correction.id}`}</guid>`,
		};
	});
}
