/** What scrapers, reference managers and search engines read from each page. */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articlePages, documentAt, fileFor, pages, site } from '../helpers/site.ts';

const meta = (document: Document, key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
	const buffer = readFileSync(file);
	expect(buffer.subarray(1, 4).toString()).toBe('PNG');
	return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

describe('link previews on every page', () => {
	it('have Open Graph and Twitter tags with absolute URLs and a 1200×630 image under 300 KB', async () => {
		for (const page of (await pages()).filter((p) => p.path !== '/404.html')) {
			const document = await documentAt(page.file);
			const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
			expect(canonical, page.path).toBe(new URL(page.path, site).href);
			expect(meta(document, 'og:url'), page.path).toBe(canonical);
			expect(meta(document, 'og:title'), page.path).toBeTruthy();
			expect(meta(document, 'og:description'), page.path).toBeTruthy();
			expect(meta(document, 'og:image:alt'), page.path).toBeTruthy();
			expect(meta(document, 'twitter:card'), page.path).toBe('summary_large_image');
			const image = meta(document, 'og:image')!;
			expect(image.startsWith(site), page.path).toBe(true);
			const file = fileFor(new URL(image).pathname);
			expect(file, image).toBeDefined();
			expect(pngSize(file!)).toEqual({ width: 1200, height: 630 });
			expect(Number(meta(document, 'og:image:width'))).toBe(1200);
			expect(Number(meta(document, 'og:image:height'))).toBe(630);
			expect(statSync(file!).size, image).toBeLessThan(300 * 1024);
			expect(document.documentElement.getAttribute('lang'), page.path).toBe(page.path.startsWith('/de/') ? 'de' : 'en');
		}
	});
	it('mark articles as articles with published and modified times', async () => {
		for (const page of await articlePages()) {
			const document = await documentAt(page.file);
			expect(meta(document, 'og:type')).toBe('article');
			expect(meta(document, 'article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(meta(document, 'article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
	});
});

describe('reference-manager metadata on articles', () => {
	it('has Highwire, Dublin Core and citation file links', async () => {
		for (const page of await articlePages()) {
			const document = await documentAt(page.file);
			for (const name of [
				'citation_title',
				'citation_author',
				'citation_publication_date',
				'citation_language',
				'citation_public_url',
				'DC.title',
				'DC.date',
				'DC.language',
				'DC.identifier',
			]) {
				expect(meta(document, name), `${page.path} ${name}`).toBeTruthy();
			}
			expect(meta(document, 'citation_public_url')).toBe(new URL(page.path, site).href);
			const alternates = [...document.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('type'));
			expect(alternates).toEqual(
				expect.arrayContaining(['application/x-bibtex', 'application/x-research-info-systems', 'application/vnd.citationstyles.csl+json']),
			);
		}
	});
});

function jsonLd(document: Document): Record<string, unknown>[] {
	return [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);
}

describe('JSON-LD', () => {
	it('parses on every page', async () => {
		for (const page of await pages()) jsonLd(await documentAt(page.file));
	});
	it('describes every article as a NewsArticle with its sources', async () => {
		for (const page of await articlePages()) {
			const [article] = jsonLd(await documentAt(page.file)).filter((item) => item['@type'] === 'NewsArticle');
			expect(article, page.path).toMatchObject({
				'@context': 'https://schema.org',
				headline: expect.any(String),
				datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				inLanguage: page.path.startsWith('/de/') ? 'de' : 'en',
				author: { name: expect.any(String) },
				publisher: { name: expect.any(String) },
			});
			expect((article!['citation'] as unknown[]).length).toBeGreaterThan(0);
		}
	});
	it('gives one ClaimReview per claim on the fact-check, with Google’s required and recommended properties', async () => {
		const page = (await articlePages()).find((p) => p.path.includes('fact-check'))!;
		const document = await documentAt(page.file);
		const reviews = jsonLd(document).filter((item) => item['@type'] === 'ClaimReview');
		const claimBoxes = document.querySelectorAll('article.claim');
		expect(reviews.length).toBe(claimBoxes.length);
		expect(reviews.length).toBeGreaterThanOrEqual(6);
		for (const review of reviews) {
			expect((review['claimReviewed'] as string).length).toBeLessThan(75);
			const url = new URL(review['url'] as string);
			expect(url.origin + url.pathname).toBe(new URL(page.path, site).href);
			expect(document.getElementById(url.hash.slice(1))).not.toBeNull();
			expect(review['author']).toMatchObject({ '@type': 'Organization', name: expect.any(String), url: expect.any(String) });
			expect(review['reviewRating']).toMatchObject({ '@type': 'Rating', alternateName: expect.any(String) });
			expect(review['itemReviewed']).toMatchObject({
				'@type': 'Claim',
				author: { name: expect.any(String) },
				datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				appearance: { '@type': 'CreativeWork' },
			});
		}
	});
});
