import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '~/content';
import { formatDate } from '~/lib/dates';
import { renderShareCard, type ShareCard } from '~/lib/share-image';
import { verdictInfo, verdictTally } from '~/lib/verdicts';
import { SITE } from '~/site';

const cacheDir = process.env['SHARE_IMAGE_CACHE'] ?? 'node_modules/.cache/share-images';

export const getStaticPaths = (async () => {
	const { articles, claims } = await getContent();
	const cards: { params: { id: string }; props: { card: ShareCard } }[] = articles.map((article) => {
		const verdicts = article.data.claims.map((id) => claims.get(id)!.data.verdict);
		const [only] = verdicts;
		const kicker = verdicts.length === 1 && only ? `Verdict: ${verdictInfo[only].label}` : verdicts.length > 1 ? verdictTally(verdicts) : undefined;
		return {
			params: { id: article.id },
			props: { card: { title: article.data.title, kicker, meta: `Updated ${formatDate(article.data.updated)}`, siteName: SITE.name } },
		};
	});
	cards.push({ params: { id: 'site' }, props: { card: { title: SITE.tagline, meta: 'マイナンバー · My Number', siteName: SITE.name } } });
	return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const png = await renderShareCard((props as { card: ShareCard }).card, cacheDir);
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
