/** Dev server only: `/og/<id>.png`, and `/og/claims/<id>.png` for claim pages. A build writes the same cards from one list (src/integrations/site-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '~/content';
import { splitLocalePath, ui } from '~/i18n';
import { shareCardFor, shareCardIds } from '~/lib/share-cards';
import { renderShareCard, shareCardCacheDir } from '~/lib/share-image';
import { SITE } from '~/site';

export const getStaticPaths = (async () => shareCardIds(await getContent()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, url }) => {
	const { locale } = splitLocalePath(url.pathname);
	const card = shareCardFor(await getContent(locale), params['id']!, SITE, ui(locale), locale);
	if (!card) return new Response('Not found', { status: 404 });
	return new Response(new Uint8Array(await renderShareCard(card, shareCardCacheDir())), { headers: { 'Content-Type': 'image/png' } });
};
