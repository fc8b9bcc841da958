/** Dev server only: `/og/<id>.png`, and `/og/claims/<id>.png` for claim pages. A build writes the same cards from one list (../site-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '~/content';
import { shareCardFor, shareCardIds } from '~/lib/share-cards';
import { renderShareCard, shareCardCacheDir } from '~/lib/share-image';
import { SITE } from '~/site';

export const getStaticPaths = (async () => shareCardIds(await getContent()).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const card = shareCardFor(await getContent(), params['id']!, SITE);
	if (!card) return new Response('Not found', { status: 404 });
	return new Response(new Uint8Array(await renderShareCard(card, shareCardCacheDir())), { headers: { 'Content-Type': 'image/png' } });
};
