import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getContent } from '~/content';
import { changeLabels, collectCorrections, correctionDescription } from '~/lib/corrections';
import { toUtcDate } from '~/lib/dates';
import { articlePath } from '~/lib/urls';
import { SITE } from '~/site';

export const GET: APIRoute = async ({ site }) =>
	rss({
		title: `${SITE.name}: corrections`,
		description: 'Every correction and change of verdict on the site.',
		site: site!,
		items: await feedItems(site!),
		customData: '<language>en</language>',
	});

/** One item per correction and per verdict change; a verdict change links to its claim box. */
async function feedItems(site: URL) {
	const content = await getContent();
	return collectCorrections(content.articles, content.claims).map((correction) => ({
		title: `${changeLabels[correction.kind]}: ${correction.articleTitle}`,
		// An absolute URL, so that the feed keeps the fragment as it is (a path gets a trailing slash).
		link: correction.verdict
			? new URL(`${articlePath(correction.articleId)}#claim-${correction.verdict.claimId}`, site).href
			: articlePath(correction.articleId),
		pubDate: toUtcDate(correction.date),
		description: correctionDescription(correction),
		// Several changes can share a link (one claim, one day); the guid tells them apart.
		customData: `<guid isPermaLink="false">${correction.id}</guid>`,
	}));
}
