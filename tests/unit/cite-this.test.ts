import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	citationStyles,
	cslItem,
	exportCitations,
	formatCitationsOfWorks,
	formatCitationsOfWorksAsync,
	loadCitationStyles,
	prepareCitations,
	type CitableWork,
} from '../../src/lib/cite-this.ts';
import { formatItems } from '../../src/lib/cite-format.ts';

const article: CitableWork = {
	key: 'fact-check',
	title: 'Fact-check: Is Japan forcing My Number on everyone?',
	url: 'https://example.org/articles/fact-check/',
	updated: '2026-12-02',
	siteName: 'My Number Facts',
};
const section: CitableWork = {
	...article,
	key: 'fact-check--the-figure',
	title: 'The 49 percent figure',
	url: `${article.url}#the-figure`,
	articleTitle: article.title,
};
const cacheDir = () => mkdtempSync(join(tmpdir(), 'citations-'));

describe('cite this', () => {
	const [articleCitations, sectionCitations] = formatCitationsOfWorks([article, section], cacheDir());
	it('formats the article in every style, with the site and the URL', () => {
		expect(articleCitations!.map((citation) => citation.style)).toEqual(citationStyles.map((style) => style.id));
		for (const citation of articleCitations!) {
			expect(citation.text, citation.label).toMatch(/Is Japan forcing My Number on everyone\?/i);
			expect(citation.text, citation.label).toContain('My Number Facts');
			expect(citation.text, citation.label).toContain(article.url);
		}
	});
	it('names both the section and the article it belongs to, in every style', () => {
		for (const citation of sectionCitations!) {
			expect(citation.text, citation.label).toMatch(/The 49 percent figure/i);
			expect(citation.text, citation.label).toMatch(/Is Japan forcing My Number on everyone\?/i);
			expect(citation.text, citation.label).toContain(section.url);
		}
	});
	it('gives each style exactly as the official CSL styles do', () => {
		expect(articleCitations!.map((citation) => citation.text)).toEqual([
			'My Number Facts. (2026, December 2). Fact-check: Is Japan forcing My Number on everyone? My Number Facts. https://example.org/articles/fact-check/',
			'My Number Facts. “Fact-Check: Is Japan Forcing My Number on Everyone?” My Number Facts, 2 Dec. 2026, https://example.org/articles/fact-check/.',
			'My Number Facts. “Fact-Check: Is Japan Forcing My Number on Everyone?” My Number Facts, December 2, 2026. https://example.org/articles/fact-check/.',
		]);
	});
	it('formats each work on its own, so works of one article are not told apart by "2026a"', () => {
		for (const citation of [...articleCitations!, ...sectionCitations!]) expect(citation.text).not.toMatch(/2026[a-z]|---|———/);
	});
	it('formats in English unless told otherwise', () => {
		expect(formatCitationsOfWorks([article], cacheDir(), 'en')).toEqual([articleCitations]);
	});
});

describe('cite this in German', () => {
	const german = { ...article, title: 'Faktencheck: Zwingt Japan allen die My Number auf?', url: 'https://example.org/de/articles/fact-check/' };
	const germanSection = { ...german, key: 'fact-check--die-zahl', title: 'Die 49-Prozent-Zahl', url: `${german.url}#die-zahl`, articleTitle: german.title };
	const [articleCitations, sectionCitations] = formatCitationsOfWorks([german, germanSection], cacheDir(), 'de');
	it('formats APA, MLA and Chicago with the German CSL locale: German dates and quotation marks, titles as written', () => {
		expect(articleCitations!.map((citation) => citation.text)).toEqual([
			'My Number Facts. (2026, 2. Dezember). Faktencheck: Zwingt Japan allen die My Number auf? My Number Facts. https://example.org/de/articles/fact-check/',
			'My Number Facts. „Faktencheck: Zwingt Japan allen die My Number auf?“ My Number Facts, 2. Dezember 2026, https://example.org/de/articles/fact-check/.',
			'My Number Facts. „Faktencheck: Zwingt Japan allen die My Number auf?“ My Number Facts, 2. Dezember 2026. https://example.org/de/articles/fact-check/.',
		]);
		expect(sectionCitations!.map((citation) => citation.text)).toEqual([
			'My Number Facts. (2026, 2. Dezember). Die 49-Prozent-Zahl. Faktencheck: Zwingt Japan allen die My Number auf? https://example.org/de/articles/fact-check/#die-zahl',
			'My Number Facts. „Die 49-Prozent-Zahl“. Faktencheck: Zwingt Japan allen die My Number auf?, 2. Dezember 2026, https://example.org/de/articles/fact-check/#die-zahl.',
			'My Number Facts. „Die 49-Prozent-Zahl“. Faktencheck: Zwingt Japan allen die My Number auf?, 2. Dezember 2026. https://example.org/de/articles/fact-check/#die-zahl.',
		]);
	});
	it('puts the day first in German APA only, and leaves every English APA date as the official style writes it', () => {
		loadCitationStyles();
		const apa = (issued: number[][], locale: 'en' | 'de') =>
			formatItems(
				[{ id: 'x', type: 'webpage', title: 'T', author: [{ literal: 'A' }], URL: 'https://example.org/', issued: { 'date-parts': issued } }],
				locale,
			)[0]![0]!.text;
		expect(apa([[2026, 12, 2]], 'de')).toMatch(/^A\. \(2026, 2\. Dezember\)\. /);
		expect(
			apa(
				[
					[2026, 12, 1],
					[2026, 12, 2],
				],
				'de',
			),
		).toMatch(/^A\. \(2026, 1\.–2\. Dezember\)\. /);
		expect(apa([[2026, 12]], 'de')).toMatch(/^A\. \(2026, Dezember\)\. /);
		expect(apa([[2026, 12, 2]], 'en')).toMatch(/^A\. \(2026, December 2\)\. /);
		expect(apa([[2026, 12]], 'en')).toMatch(/^A\. \(2026, December\)\. /);
		expect(
			apa(
				[
					[2026, 11],
					[2026, 12],
				],
				'en',
			),
		).toMatch(/^A\. \(2026, November–December\)\. /);
	});
	it('labels the styles in German', () => {
		expect(articleCitations!.map((citation) => citation.label)).toEqual(['APA 7', 'MLA 9', 'Chicago 17 (Literaturverzeichnis)']);
	});
	it('uses no English month, term or quotation mark', () => {
		for (const citation of [...articleCitations!, ...sectionCitations!])
			expect(citation.text, citation.label).not.toMatch(/December|Dec\.|accessed|retrieved|”/);
	});
	it('keeps English the default and leaves English citations unchanged by a German call', () => {
		expect(formatCitationsOfWorks([article], cacheDir())[0]!.map((citation) => citation.text)[1]).toContain('2 Dec. 2026');
	});
	it('exports BibTeX, RIS and CSL-JSON with the language de', () => {
		const exported = exportCitations([german, germanSection], cacheDir(), 'de');
		expect(exported.bibtex).toMatch(/language = {de}/);
		expect(exported.ris).toMatch(/^LA {2}- de$/m);
		const items = JSON.parse(exported.csljson) as { language: string; note?: string }[];
		expect(items.map((item) => item.language)).toEqual(['de', 'de']);
		expect(items[1]!.note).toBe(`Abschnitt von „${german.title}“`);
		expect(cslItem(german, 'de')['language']).toBe('de');
	});
	it('exports English by default, as before', () => {
		const exported = exportCitations([article, section], cacheDir());
		expect(exported.bibtex).not.toMatch(/language/);
		expect(exported.ris).toMatch(/^LA {2}- en$/m);
		expect((JSON.parse(exported.csljson) as { note?: string }[])[1]!.note).toBe(`Section of “${article.title}”`);
	});
});

describe('cite this in a worker thread', () => {
	it('gives the same citations as in this thread, in English and German, and caches them for the next call', async () => {
		const works = [article, section, { ...section, key: 'fact-check--why', title: 'Why “voluntary”?', url: `${article.url}#why` }];
		for (const locale of ['en', 'de'] as const) {
			const dir = cacheDir();
			const inWorker = await formatCitationsOfWorksAsync(works, dir, locale);
			expect(inWorker).toEqual(formatCitationsOfWorks(works, cacheDir(), locale));
			expect(await formatCitationsOfWorksAsync(works, dir, locale)).toEqual(inWorker);
		}
	}, 60_000);
	it('prepares many articles at once into the cache that the pages read', async () => {
		const dir = cacheDir();
		const lists = [[article, section], [{ ...article, key: 'other', title: 'Another article' }]];
		await prepareCitations(
			lists.map((works) => ({ works, locale: 'en' as const })),
			dir,
		);
		for (const works of lists) expect(formatCitationsOfWorks(works, dir)).toEqual(formatCitationsOfWorks(works, cacheDir()));
	}, 60_000);
});
