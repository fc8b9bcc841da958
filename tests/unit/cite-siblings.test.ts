import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { cslItem, loadCitationStyles, type CitableWork } from '../../src/lib/cite-this.ts';
import { citationStyles, cslLangs, formatItems, type CitationLocale } from '../../src/lib/cite-format.ts';
import { formatSiblings, parseTemplate, siblingKey, type CslItem } from '../../src/lib/cite-siblings.ts';

loadCitationStyles();

/** The oracle: each item formatted on its own through citation-js's public API, with no derivation. */
function inFull(item: CslItem, locale: CitationLocale): string[] {
	return citationStyles.map(({ id }) => (new Cite([item]).format('bibliography', { format: 'text', template: id, lang: cslLangs[locale] }) as string).trim());
}

/** The h2 and h3 headings of the site's articles in a language: the section titles the build really cites. */
function siteSectionTitles(folder: string): string[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.flatMap((name) => [...readFileSync(join(folder, name), 'utf8').matchAll(/^#{2,3} (.+)$/gm)].map((match) => match[1]!.trim()));
}

const awkward = [
	'The 49 percent figure',
	'Is it true?',
	'What the card holds',
	'of mice and men',
	'a note on the numbers',
	'NHK and the Digital Agency',
	'iPhone and Android',
	'e-Tax returns',
	'The card in 2024',
	'COVID-19 vaccine records',
	'Foreign residents: the combined residence card',
	'Why “voluntary”?',
	"The My Number driver's licence",
	'The health-insurance card and the number',
	'Über die Karte',
	'マイナンバーカード',
	'マイナ保険証 and the clinic',
	'Die 49-Prozent-Zahl',
	'x',
	'Section 3 of article 12',
	'COCOA app, 2020–2021',
	'Mynaportal',
];

function works(titles: readonly string[], locale: CitationLocale): CitableWork[] {
	const base = { updated: '2026-11-28', siteName: 'My Number Facts' };
	const article = {
		...base,
		key: 'the-article',
		title: locale === 'de' ? 'Faktencheck: Zwingt Japan allen die My Number auf?' : 'Fact-check: Is Japan forcing My Number on everyone?',
		url: `https://example.org/${locale === 'de' ? 'de/' : ''}articles/the-article/`,
	};
	return [
		article,
		...titles.map((title, index) => ({ ...base, key: `the-article--s${index}`, title, url: `${article.url}#s-${index}-anchor`, articleTitle: article.title })),
	];
}

describe('sibling citations, derived from one probe', () => {
	for (const [locale, titles] of [
		['en', [...siteSectionTitles('content/articles'), ...awkward]],
		['de', [...siteSectionTitles('content/de/articles'), ...awkward]],
	] as const) {
		it(`are exactly what citeproc gives each on its own, in every style (${locale}, ${titles.length} sections)`, () => {
			const items = works(titles, locale).map((work) => cslItem(work, locale));
			const derived = formatItems(items, locale).map((citations) => citations.map((citation) => citation.text));
			expect(derived).toEqual(items.map((item) => inFull(item, locale)));
		}, 60_000);
	}

	it('groups the plain sections of one article, and leaves the article and awkward titles out', () => {
		const items = works(['The card', 'Is it true?', 'The number'], 'en').map((work) => cslItem(work, 'en'));
		const keys = items.map(siblingKey);
		expect(keys[0]).toBeUndefined();
		expect(keys[2]).toBeUndefined();
		expect(keys[1]).toBeDefined();
		expect(keys[3]).toBe(keys[1]);
	});

	it('derives nothing from a probe entry that does not show the title and anchor exactly once', () => {
		expect(parseTemplate('Site. “The Zzqxa of the Zzqxb.” https://example.org/#zzqxanchor.')?.textCase).toBe('title');
		expect(parseTemplate('Site. the zzqxa of the Zzqxb. https://example.org/#zzqxanchor')?.fill('A b', 'c')).toBe('Site. A b. https://example.org/#c');
		expect(parseTemplate('Site. THE ZZQXA OF THE ZZQXB. https://example.org/#zzqxanchor')).toBeUndefined();
		expect(parseTemplate('Site. The Zzqxa of the Zzqxb. https://example.org/')).toBeUndefined();
		expect(parseTemplate('The Zzqxa of the Zzqxb, The Zzqxa of the Zzqxb #zzqxanchor')).toBeUndefined();
	});

	it('formats in full, one by one, whatever it cannot derive, and asks citeproc for titles only for derived groups', () => {
		const items = works(['Alpha beta', 'Gamma delta', 'Epsilon'], 'en').map((work) => cslItem(work, 'en'));
		const calls: string[][] = [];
		const titleCalls: string[][] = [];
		const texts = formatSiblings(items, {
			formatEach: (each) => {
				calls.push(each.map((item) => item['id'] as string));
				return each.map((item) => (item['id'] === 'sibling-probe' ? 'Probe entry without its title' : `full ${item['id'] as string}`));
			},
			titles: (each) => {
				titleCalls.push(each.map((item) => item['id'] as string));
				return each.map(() => 'never used');
			},
		});
		expect(texts).toEqual(items.map((item) => `full ${item['id'] as string}`));
		expect(calls).toEqual([['sibling-probe'], items.map((item) => item['id'] as string)]);
		expect(titleCalls).toEqual([]);
	});
});
