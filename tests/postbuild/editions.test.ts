/**
 * The two editions over the built site: every page has its twin, the alternates are
 * reciprocal, the German files (feeds, citations, cards, data) are German, and the German
 * fact-check gives the same verdicts under German names.
 */
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { distDir, documentAt, fileFor, pages, site } from '../helpers/site.ts';

const notFound = (path: string) => path === '/404.html' || path.endsWith('/404/');
const twinOf = (path: string) => (path.startsWith('/de/') ? path.slice(3) : `/de${path}`);
const read = (path: string) => readFileSync(fileFor(path)!, 'utf8');

describe('every page knows its twin', () => {
	it('every English page has a German twin and the other way round', async () => {
		const paths = new Set((await pages()).map((page) => page.path).filter((path) => !notFound(path)));
		const missing = [...paths].filter((path) => !paths.has(twinOf(path)));
		expect(missing).toEqual([]);
		expect([...paths].filter((path) => path.startsWith('/de/')).length).toBeGreaterThan(15);
	});
	it('hreflang alternates are reciprocal, with x-default on the English page, and <html lang> matches', async () => {
		for (const page of (await pages()).filter((p) => !notFound(p.path))) {
			const document = await documentAt(page.file);
			const alternates = Object.fromEntries(
				[...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
			);
			const english = page.path.startsWith('/de/') ? twinOf(page.path) : page.path;
			expect(alternates, page.path).toEqual({
				en: new URL(english, site).href,
				de: new URL(`/de${english}`, site).href,
				'x-default': new URL(english, site).href,
			});
			expect(document.documentElement.getAttribute('lang'), page.path).toBe(page.path.startsWith('/de/') ? 'de' : 'en');
			const languageLink = document.querySelector('a[data-language-link]');
			expect(languageLink?.getAttribute('href'), page.path).toBe(twinOf(page.path));
		}
	});
	it('every heading of a German article maps to a heading of its English twin, and back', async () => {
		for (const page of (await pages()).filter((p) => /^\/de\/articles\/[^/]+\/$/.test(p.path))) {
			const german = await documentAt(page.file);
			const english = await documentAt(fileFor(twinOf(page.path))!);
			for (const [from, to] of [
				[german, english],
				[english, german],
			] as const) {
				const headings = [...from.querySelectorAll('h2[data-twin], h3[data-twin]')];
				expect(headings.length, page.path).toBeGreaterThan(2);
				for (const heading of headings) {
					const target = to.getElementById(heading.getAttribute('data-twin')!);
					expect(target?.getAttribute('data-twin'), `${page.path}: ${heading.id}`).toBe(heading.id);
				}
			}
		}
	});
	it('the sitemap gives every page its alternates', () => {
		const xml = new XMLParser({ ignoreAttributes: false });
		const index = xml.parse(readFileSync(`${distDir}/sitemap-index.xml`, 'utf8'));
		const sitemap = [index.sitemapindex.sitemap].flat()[0] as { loc: string };
		const urls = [xml.parse(readFileSync(`${distDir}${new URL(sitemap.loc).pathname}`, 'utf8')).urlset.url].flat() as { loc: string; 'xhtml:link'?: unknown }[];
		const fact = urls.find((url) => url.loc === new URL('/de/articles/fact-check-back-door/', site).href);
		const links = [fact?.['xhtml:link']].flat() as { '@_hreflang': string; '@_href': string }[];
		expect(links.map((link) => [link['@_hreflang'], link['@_href']]).sort()).toEqual([
			['de', new URL('/de/articles/fact-check-back-door/', site).href],
			['en', new URL('/articles/fact-check-back-door/', site).href],
		]);
	});
});

describe('the German fact-check', () => {
	it('has the same verdicts as the English one, with German names and ClaimReview in German', async () => {
		const reviews = async (path: string) =>
			[...(await documentAt(fileFor(path)!)).querySelectorAll('script[type="application/ld+json"]')]
				.flatMap((script) => [JSON.parse(script.textContent ?? '{}')].flat())
				.filter((item) => item['@type'] === 'ClaimReview');
		const english = await reviews('/articles/fact-check-back-door/');
		const german = await reviews('/de/articles/fact-check-back-door/');
		expect(german.length).toBe(english.length);
		const germanNames = new Set(Object.values(de.verdicts).map((verdict) => verdict.label));
		german.forEach((review, index) => {
			expect(review.inLanguage).toBe('de');
			expect(review.reviewRating.ratingValue).toBe(english[index].reviewRating.ratingValue);
			expect(germanNames.has(review.reviewRating.alternateName), review.reviewRating.alternateName).toBe(true);
			expect(review.url).toMatch(/\/de\/articles\/fact-check-back-door\/#claim-/);
		});
	});
	it('numbers its citations as the English edition does', async () => {
		const numbers = async (path: string) =>
			[...(await documentAt(fileFor(path)!)).querySelectorAll('.source-list li')].map((item) => `${item.id}:${item.getAttribute('value')}`);
		expect(await numbers('/de/articles/fact-check-back-door/')).toEqual(await numbers('/articles/fact-check-back-door/'));
	});
	it('writes dates and figures the German way', async () => {
		const document = await documentAt(fileFor('/de/articles/adoption-figures/')!);
		expect(document.querySelector('.article-dates')?.textContent).toMatch(
			/\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}/,
		);
		const values = [...document.querySelectorAll('.chart-data td.numeric')].map((cell) => cell.textContent ?? '');
		expect(values.length).toBeGreaterThan(10);
		for (const value of values) expect(value).toMatch(/^\d+(,\d+)?\u00a0%$/);
		// The article's own prose (quotations and other-language text aside) has no English-style decimals.
		const prose = document.querySelector('.prose-body')?.cloneNode(true) as HTMLElement;
		for (const skipped of prose.querySelectorAll('[lang], blockquote, figure, .chart, .cite')) skipped.remove();
		expect(prose.textContent).toMatch(/\d+,\d\u00a0%/);
		expect(prose.textContent).not.toMatch(/\d+\.\d+ ?%/);
	});
});

describe('German files for readers, sharers and journalists', () => {
	it('German feeds for articles and corrections', () => {
		const xml = new XMLParser();
		for (const path of ['/de/feed.xml', '/de/corrections.xml']) {
			const channel = xml.parse(read(path)).rss.channel;
			expect(channel.language, path).toBe('de');
			const items = [channel.item].flat() as { link: string }[];
			expect(items.length, path).toBeGreaterThan(0);
			for (const item of items) expect(item.link, path).toContain('/de/articles/');
		}
	});
	it('German share cards, named on the German pages', async () => {
		const document = await documentAt(fileFor('/de/claims/')!);
		const image = document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
		expect(new URL(image).pathname).toBe('/de/og/claims.png');
		expect(existsSync(fileFor('/de/og/claims.png')!)).toBe(true);
		expect(document.querySelector('meta[property="og:image:alt"]')?.getAttribute('content')).toContain('Behauptungen geprüft');
	});
	it('German citation files carry language de', () => {
		expect(read('/de/articles/fact-check-back-door/cite.json')).toMatch(/"language": "de"/);
		expect(read('/de/articles/fact-check-back-door/cite.ris')).toMatch(/^LA {2}- de/m);
		expect(read('/articles/fact-check-back-door/cite.json')).toMatch(/"language": "en"/);
	});
	it('German data downloads describe the series in German', () => {
		expect(read('/de/data/adoption-definitions.csv')).toMatch(/Besitz|Ausgabe|Antr/);
		const json = JSON.parse(read('/de/data/adoption.json'));
		expect(json.language).toBe('de');
		expect(JSON.parse(read('/de/data/claims.json')).claims[0].verdict_label).toMatch(
			new RegExp(
				Object.values(de.verdicts)
					.map((v) => v.label)
					.join('|'),
			),
		);
	});
});
