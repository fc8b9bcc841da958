/** The machine-readable files: sitemap, feeds, dataset downloads and citation files. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.ts';
import { articlePages, distDir, documentAt, pages, site } from '../helpers/site.ts';

const xml = new XMLParser({ ignoreAttributes: false });
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');

describe('sitemap and robots', () => {
	it('the sitemap lists every page in the build', async () => {
		const index = xml.parse(read('sitemap-index.xml'));
		const sitemaps = [index.sitemapindex.sitemap].flat().map((entry: { loc: string }) => new URL(entry.loc).pathname);
		const listed = sitemaps.flatMap((path) => [xml.parse(read(path)).urlset.url].flat().map((entry: { loc: string }) => entry.loc));
		// Not-found pages are not addresses to index: /404.html, and the German /de/404/.
		const expected = (await pages()).filter((page) => page.path !== '/404.html' && !page.path.endsWith('/404/')).map((page) => new URL(page.path, site).href);
		expect(listed.sort()).toEqual(expected.sort());
	});
	it('robots.txt points to the sitemap', () => {
		expect(read('robots.txt')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', site).href}`);
	});
	it('has a favicon and a web manifest', () => {
		expect(read('favicon.svg')).toMatch(/^<svg/);
		expect(JSON.parse(read('site.webmanifest'))).toMatchObject({ name: expect.any(String), icons: expect.any(Array) });
	});
});

describe('feeds', () => {
	it('the article feed parses and lists every article with its summary', async () => {
		const feed = xml.parse(read('feed.xml'));
		const items = [feed.rss.channel.item].flat() as { title: string; link: string; description: string }[];
		// The English feed lists the English articles; the German feed is checked in editions.test.ts.
		const articles = (await articlePages()).filter((page) => !page.path.startsWith('/de/'));
		expect(items.map((item) => new URL(item.link).pathname).sort()).toEqual(articles.map((page) => page.path).sort());
		for (const item of items) {
			const document = await documentAt(articles.find((page) => page.path === new URL(item.link).pathname)!.file);
			expect(item.description).toBe(document.querySelector('meta[name="description"]')?.getAttribute('content'));
		}
	});
	it('the corrections feed parses', () => {
		expect(xml.parse(read('corrections.xml')).rss.channel.title).toMatch(/corrections/);
	});
});

describe('dataset downloads', () => {
	const readCsv = (path: string) => {
		const text = read(path);
		expect(text.startsWith('\uFEFF'), `${path} starts with a UTF-8 byte-order mark`).toBe(true);
		return parseCsv(text.slice(1));
	};
	for (const dataset of ['adoption', 'insurance-use']) {
		it(`${dataset}: CSV and JSON hold every point with date, value and source URL, and the definitions once per series`, () => {
			const csv = readCsv(`data/${dataset}.csv`);
			const json = JSON.parse(read(`data/${dataset}.json`)) as { rows: Record<string, unknown>[]; series: { id: string; definition: string }[] };
			expect(csv.length).toBe(json.rows.length);
			expect(csv.length).toBeGreaterThan(0);
			for (const row of csv) {
				expect(row['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
				expect(Number.isFinite(Number(row['value']))).toBe(true);
				expect(row['source_url']).toMatch(/^https:\/\//);
			}
			expect(json.rows[0]).toMatchObject({ date: expect.any(String), value: expect.any(Number), source_url: expect.stringMatching(/^https:/) });
			const definitions = readCsv(`data/${dataset}-definitions.csv`);
			expect(definitions.map((row) => row['series'])).toEqual(json.series.map((series) => series.id));
			for (const row of definitions) expect(row['definition']).not.toBe('');
		});
		it(`${dataset}: the wide table has one row per date and one column per series, with the long table's values`, () => {
			const long = readCsv(`data/${dataset}.csv`);
			const wide = readCsv(`data/${dataset}-wide.csv`);
			const json = JSON.parse(read(`data/${dataset}.json`)) as { series: { id: string }[] };
			expect(Object.keys(wide[0]!)).toEqual(['date', ...json.series.map((series) => series.id)]);
			expect(wide.map((row) => row['date'])).toEqual([...new Set(long.map((row) => row['date']))]);
			for (const row of long) expect(wide.find((w) => w['date'] === row['date'])![row['series']!]).toBe(row['value']);
		});
	}
	it('incidents: CSV and JSON hold every incident with its date and sources', () => {
		const csv = readCsv('data/incidents.csv');
		expect(csv.length).toBeGreaterThanOrEqual(10);
		for (const row of csv) {
			expect(row['date']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(row['source_urls']).toMatch(/^https:\/\//);
		}
	});
	it('the adoption series has at least 15 points from 2016 or 2017 on', () => {
		const rows = readCsv('data/adoption.csv');
		expect(rows.length).toBeGreaterThanOrEqual(15);
		expect(rows[0]!['date']!.slice(0, 4) <= '2017').toBe(true);
	});
});

describe('citation files', () => {
	it('BibTeX and CSL-JSON of each article parse into an entry with its title, date and URL', async () => {
		for (const page of await articlePages()) {
			const document = await documentAt(page.file);
			const title = document.querySelector('h1')?.textContent;
			const updated = document.querySelector('meta[property="article:modified_time"]')?.getAttribute('content');
			const url = new URL(page.path, site).href;
			for (const file of [`${page.path.slice(1)}cite.bib`, `${page.path.slice(1)}cite.json`]) {
				const [entry] = new Cite(read(file)).format('data', { format: 'object' }) as Record<string, unknown>[];
				expect(entry, file).toMatchObject({ title, URL: url });
				expect((entry!['issued'] as { 'date-parts': number[][] })['date-parts'][0]).toEqual(updated!.split('-').map(Number));
			}
			expect(read(`${page.path.slice(1)}cite.ris`)).toContain(`UR  - ${url}`);
		}
	});
	it('the section entries of each citation file are exactly the article’s sections, each landing on its heading', async () => {
		for (const page of await articlePages()) {
			const document = await documentAt(page.file);
			const headingIds = [...document.querySelectorAll('.prose-body h2, .prose-body h3')].map((heading) => heading.id);
			const entries = JSON.parse(read(`${page.path.slice(1)}cite.json`)) as { URL: string }[];
			expect(
				entries.slice(1).map((entry) => decodeURIComponent(new URL(entry.URL).hash.slice(1))),
				page.path,
			).toEqual(headingIds);
		}
	});
});
