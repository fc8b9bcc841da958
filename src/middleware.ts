/**
 * During a build, hands each rendered HTML page to the search indexer as soon as it is made (see
 * src/integrations/pagefind.ts), so Pagefind, a separate process, indexes on the second core
 * while Astro renders the rest. For any other response it only tells the indexer that the path
 * was rendered (pages the build kept are indexed from their saved views). Outside a build it does
 * nothing.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageIndexer } from './integrations/page-indexer.ts';

export const onRequest = defineMiddleware(async (context, next) => {
	const response = await next();
	const indexPage = pageIndexer();
	if (!indexPage || !context.isPrerendered) return response;
	if (!response.ok || !response.headers.get('content-type')?.startsWith('text/html')) {
		indexPage.page(context.url.pathname, undefined);
		return response;
	}
	const html = await response.text();
	indexPage.page(context.url.pathname, html);
	return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
