/** A page per claim, the claims index and the claims as open data, over the built site. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';
import { distDir, documentAt, fileFor, site } from '../helpers/site.ts';

const root = join(import.meta.dirname, '..', '..');
const claimIds = readdirSync(join(root, 'content', 'claims'))
	.filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
	.map((name) => name.replace(/\.yaml$/, ''))
	.sort();
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const meta = (document: Document, key: string) => document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
const claimPage = async (id: string) => documentAt(fileFor(`/claims/${id}/`)!);
const jsonLd = (document: Document) =>
	[...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => JSON.parse(script.textContent ?? '') as Record<string, unknown>);
const factCheck = '/articles/fact-check-back-door/';

describe('claim pages', () => {
	it('there are six claims, each with a page', () => {
		expect(claimIds).toHaveLength(6);
		for (const id of claimIds) expect(fileFor(`/claims/${id}/`), id).toBeDefined();
	});
	it('each shows the claim box, the verdict, the bottom line, the sources numbered from 1 and a link to the fact-check section', async () => {
		for (const id of claimIds) {
			const document = await claimPage(id);
			const box = document.querySelector(`article.claim#claim-${id}`);
			expect(box, id).not.toBeNull();
			expect(box!.querySelector('.claim-verdict .verdict'), id).not.toBeNull();
			expect(box!.querySelector('.claim-bottom-line')?.textContent, id).toMatch(/Bottom line:/);
			expect(document.querySelector('h1')?.textContent, id).toMatch(/^“.+”$/);
			// The markers on this page number its own sources, 1 to n, and the list has them all.
			const numbers = [...document.querySelectorAll('.cite-ref > a')].map((link) => Number(link.textContent?.replace(/\D+/g, '')));
			const entries = document.querySelectorAll('.source-list li');
			expect(Math.min(...numbers), id).toBe(1);
			expect(Math.max(...numbers), id).toBe(entries.length);
			expect(entries.length, id).toBeGreaterThan(0);
			for (const link of document.querySelectorAll('.cite-ref > a')) expect(document.getElementById(link.getAttribute('href')!.slice(1)), id).not.toBeNull();
			expect(document.querySelector(`a[href="${factCheck}#claim-${id}"]`), id).not.toBeNull();
			// The box does not link to the page it is on.
			expect(box!.querySelector('.claim-page-link'), id).toBeNull();
		}
	});
	it('each has its canonical URL, an article preview, and a share card of its own', async () => {
		const cards = new Set<string>();
		for (const id of claimIds) {
			const document = await claimPage(id);
			const url = new URL(`/claims/${id}/`, site).href;
			expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
			const image = meta(document, 'og:image')!;
			expect(new URL(image).pathname).toBe(`/og/claims/${id}.png`);
			expect(meta(document, 'og:image:alt'), id).toMatch(/Verdict: /);
			cards.add(
				createHash('sha256')
					.update(readFileSync(fileFor(`/og/claims/${id}.png`)!))
					.digest('hex'),
			);
		}
		const index = await documentAt(fileFor('/claims/')!);
		cards.add(
			createHash('sha256')
				.update(readFileSync(fileFor(new URL(meta(index, 'og:image')!).pathname)!))
				.digest('hex'),
		);
		cards.add(
			createHash('sha256')
				.update(readFileSync(fileFor(`/og/fact-check-back-door.png`)!))
				.digest('hex'),
		);
		expect(cards.size).toBe(claimIds.length + 2);
	});
	it('each has a ClaimReview whose url is the page, with Google’s required properties', async () => {
		for (const id of claimIds) {
			const reviews = jsonLd(await claimPage(id)).filter((item) => item['@type'] === 'ClaimReview');
			expect(reviews, id).toHaveLength(1);
			const [review] = reviews;
			expect(review).toMatchObject({
				url: new URL(`/claims/${id}/`, site).href,
				claimReviewed: expect.any(String),
				datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
				author: { '@type': 'Organization', name: expect.any(String) },
				reviewRating: { '@type': 'Rating', alternateName: expect.any(String) },
				itemReviewed: { '@type': 'Claim', author: { name: expect.any(String) }, appearance: { '@type': 'CreativeWork' } },
			});
			expect((review!['claimReviewed'] as string).length).toBeLessThan(75);
			expect((review!['citation'] as unknown[]).length).toBeGreaterThan(0);
		}
	});
	it('are in the sitemap, with the claims index', () => {
		const xml = new XMLParser();
		const index = xml.parse(read('sitemap-index.xml'));
		const locs = [index.sitemapindex.sitemap]
			.flat()
			.flatMap((entry: { loc: string }) => [xml.parse(read(new URL(entry.loc).pathname)).urlset.url].flat().map((url: { loc: string }) => url.loc));
		for (const path of ['/claims/', ...claimIds.map((id) => `/claims/${id}/`)]) expect(locs, path).toContain(new URL(path, site).href);
	});
});

describe('the fact-check points at the claim pages', () => {
	it('each claim box links to its page, and its share line gives the page’s URL', async () => {
		const document = await documentAt(fileFor(factCheck)!);
		for (const id of claimIds) {
			const box = document.getElementById(`claim-${id}`)!;
			expect(box.querySelector(`a.claim-page-link[href="/claims/${id}/"]`), id).not.toBeNull();
			expect(box.querySelector('.share-line')?.textContent, id).toMatch(new RegExp(`${new URL(`/claims/${id}/`, site).href.replace(/[.?]/g, '\\$&')}$`));
		}
	});
});

describe('the claims index', () => {
	it('lists every claim with its verdict and a link to its page, and links the downloads', async () => {
		const document = await documentAt(fileFor('/claims/')!);
		const items = [...document.querySelectorAll('.claims-index > li')];
		expect(items.map((item) => item.querySelector('.claims-index-claim a')?.getAttribute('href')).sort()).toEqual(claimIds.map((id) => `/claims/${id}/`));
		for (const item of items) expect(item.querySelector('.verdict .verdict-symbol')).not.toBeNull();
		for (const file of ['/data/claims.csv', '/data/claims.json']) expect(document.querySelector(`a[href="${file}"]`), file).not.toBeNull();
	});
});

describe('the claims as open data', () => {
	const fields = ['claim', 'language', 'translation', 'claimant', 'date', 'verdict', 'rating_value', 'url', 'source_urls'];
	it('claims.json holds the six claims with their pages and source URLs', () => {
		const json = JSON.parse(read('data/claims.json')) as { claims: Record<string, unknown>[] };
		expect(json.claims.map((claim) => claim['id']).sort()).toEqual(claimIds);
		for (const claim of json.claims) {
			for (const field of fields) expect(claim, `${String(claim['id'])} ${field}`).toHaveProperty(field);
			expect(claim['url']).toBe(new URL(`/claims/${String(claim['id'])}/`, site).href);
			expect(claim['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect((claim['source_urls'] as string[]).length).toBeGreaterThan(0);
			for (const url of claim['source_urls'] as string[]) expect(url).toMatch(/^https:\/\//);
		}
	});
	it('claims.csv is UTF-8 with a byte-order mark and holds the same six claims', () => {
		const bytes = readFileSync(join(distDir, 'data', 'claims.csv'));
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(bytes.toString('utf8').slice(1));
		const json = JSON.parse(read('data/claims.json')) as { claims: Record<string, unknown>[] };
		expect(rows.map((row) => row['id'])).toEqual(json.claims.map((claim) => claim['id']));
		for (const row of rows) {
			for (const field of fields) expect(row, `${row['id']} ${field}`).toHaveProperty(field);
			const urls = row['source_urls']!.split(' ');
			expect(urls.length).toBeGreaterThan(0);
			for (const url of urls) expect(url).toMatch(/^https:\/\//);
			for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
		}
		// The German wording survives the round trip.
		expect(rows.some((row) => /ü|ä|ö|ß/.test(row['claim']!))).toBe(true);
	});
});
