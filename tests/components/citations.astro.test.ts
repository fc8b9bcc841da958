import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import Cite from '../../src/components/citations/Cite.astro';
import SourceList from '../../src/components/citations/SourceList.astro';
import { buildCitationPlan } from '../../src/lib/citations.ts';
import type { Entry } from '../../src/lib/content-index.ts';
import type { SourceData } from '../../src/schemas/source.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const plan = buildCitationPlan([
	{ occurrence: 0, sourceIds: ['mic'] },
	{ occurrence: 1, sourceIds: ['nhk', 'mic'] },
	{ occurrence: 2, sourceIds: ['mic'], locator: 'table 2' },
]);

const sources = new Map<string, Entry<SourceData>>([
	[
		'mic',
		{
			id: 'mic',
			filePath: 'content/sources/mic.yaml',
			data: {
				title: '交付状況',
				title_supplied: false,
				title_en: 'Issuance status',
				title_de: 'Ausgabestand',
				publisher: 'Ministry of Internal Affairs and Communications',
				url: 'https://www.soumu.go.jp/kojinbango_card/',
				accessed: '2026-11-28',
				language: 'ja',
				kind: 'statistics',
			},
		},
	],
	[
		'nhk',
		{
			id: 'nhk',
			filePath: 'content/sources/nhk.yaml',
			data: {
				title: 'Card news',
				title_supplied: false,
				publisher: 'NHK',
				url: 'https://www3.nhk.or.jp/nhkworld/en/news/1/',
				published: '2024-12-02',
				accessed: '2026-11-28',
				language: 'en',
				kind: 'news',
				archive_url: 'https://web.archive.org/web/2024/https://www3.nhk.or.jp/nhkworld/en/news/1/',
				archived: '2024-12-03',
			},
		},
	],
]);

const dom = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('<Cite>', () => {
	it('renders phrasing content only: a superscript with numbered markers that open previews, or link to the source list', async () => {
		const html = await container.renderToString(Cite, { props: { id: 'nhk mic', occurrence: '1' }, locals: { citations: plan } });
		const document = dom(html);
		const sup = document.querySelector('sup')!;
		expect(sup.querySelector('div, p, ol, ul')).toBeNull();
		const markers = [...sup.querySelectorAll('.cite-ref')];
		expect(
			markers.map((marker) => {
				const link = marker.querySelector('a')!;
				const button = marker.querySelector('button')!;
				return [
					marker.id,
					link.getAttribute('href'),
					link.getAttribute('aria-label'),
					button.getAttribute('popovertarget'),
					button.getAttribute('aria-describedby'),
					button.getAttribute('aria-label'),
				];
			}),
		).toEqual([
			['cite-1-0', '#source-nhk', 'Source 2', 'preview-2', 'preview-2-title', 'Source 2'],
			['cite-1-1', '#source-mic', 'Source 1', 'preview-1', 'preview-1-title', 'Source 1'],
		]);
		expect(sup.querySelector('button')!.getAttribute('type')).toBe('button');
		// The visible number is part of the accessible name (WCAG 2.5.3, label in name).
		expect(sup.textContent).toBe('[22, 11]');
	});
	it('shows a locator, and opens the preview for that locator', async () => {
		const html = await container.renderToString(Cite, { props: { id: 'mic', at: 'table 2', occurrence: '2' }, locals: { citations: plan } });
		expect(dom(html).querySelector('a')?.textContent).toBe('1, table 2');
		expect(dom(html).querySelector('button')?.getAttribute('aria-label')).toBe('Source 1, table 2');
		expect(dom(html).querySelector('button')?.getAttribute('popovertarget')).toBe('preview-1--table-2');
	});
	it('fails loudly when its ids do not match the plan', async () => {
		await expect(container.renderToString(Cite, { props: { id: 'nhk', occurrence: '0' }, locals: { citations: plan } })).rejects.toThrow(
			/expected sources \[nhk\], the plan has \[mic\]/,
		);
	});
});

describe('<SourceList>', () => {
	it('lists sources in order of first citation with back-links to every use', async () => {
		const html = await container.renderToString(SourceList, { props: { plan, sources } });
		const document = dom(html);
		const section = document.querySelector('section')!;
		expect(section.getAttribute('aria-labelledby')).toBe('sources-heading');
		const items = [...document.querySelectorAll('ol > li')];
		expect(items.map((item) => item.id)).toEqual(['source-mic', 'source-nhk']);
		expect([...items[0]!.querySelectorAll('.backlinks a')].map((a) => a.getAttribute('href'))).toEqual(['#cite-0-0', '#cite-1-1', '#cite-2-0']);
		// The visible letter is part of the accessible name (WCAG 2.5.3, label in name).
		expect(items[0]!.querySelector('.backlinks a')?.textContent).toBe('Back to citation 1, use a, 1 of 3');
		expect(items[1]!.querySelector('.backlinks a')?.textContent).toBe('↑Back to citation 2 in the text');
		expect(items[1]!.querySelector('.backlinks a [aria-hidden="true"]')?.textContent).toBe('↑');
	});
	it('gives publisher, title in its language, English title, date, language, accessed date and archive', async () => {
		const document = dom(await container.renderToString(SourceList, { props: { plan, sources } }));
		const [mic, nhk] = [...document.querySelectorAll('ol > li')];
		expect(mic!.querySelector('[lang="ja"]')?.textContent).toBe('交付状況');
		const micText = mic!.textContent!.replace(/\s+/g, ' ');
		expect(micText).toContain('(Issuance status)');
		expect(micText).toContain(
			'Ministry of Internal Affairs and Communications, no date given. Japanese. Official statistics (primary). Accessed 28 November 2026.',
		);
		const nhkText = nhk!.textContent!.replace(/\s+/g, ' ');
		expect(nhkText).toContain('NHK, 2 December 2024. English. News. Accessed 28 November 2026.');
		const archive = [...nhk!.querySelectorAll('a')].find((a) => a.textContent?.startsWith('Archived copy'));
		expect(archive?.getAttribute('href')).toMatch(/^https:\/\/web\.archive\.org\//);
		const external = [...document.querySelectorAll('ol a.external')];
		expect(external.length).toBe(3);
		for (const link of external) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
	});
	it('renders one preview per source and locator, with title, publisher, date, locator, links and a close button', async () => {
		const document = dom(await container.renderToString(SourceList, { props: { plan, sources } }));
		const previews = [...document.querySelectorAll('[popover]')];
		expect(previews.map((preview) => preview.id)).toEqual(['preview-1', 'preview-2', 'preview-1--table-2']);
		const [mic, nhk, micTable] = previews;
		expect(mic!.getAttribute('aria-labelledby')).toBe('preview-1-title');
		expect(document.getElementById('preview-1-title')?.textContent).toBe('交付状況 (Issuance status)');
		expect(mic!.querySelector('cite')?.getAttribute('lang')).toBe('ja');
		expect(nhk!.textContent!.replace(/\s+/g, ' ')).toContain('NHK, 2 December 2024. English. News.');
		expect(micTable!.textContent).toContain('Cited at: table 2');
		expect(mic!.querySelector('a[href="#source-mic"]')?.textContent).toBe('Entry 1 in the source list');
		const external = mic!.querySelector('a.external')!;
		expect(external.getAttribute('href')).toBe('https://www.soumu.go.jp/kojinbango_card/');
		expect(external.getAttribute('rel')).toBe('noopener noreferrer');
		const close = mic!.querySelector('button')!;
		expect([close.getAttribute('popovertarget'), close.getAttribute('popovertargetaction')]).toEqual(['preview-1', 'hide']);
	});
});

describe('the German edition (a page under /de/)', () => {
	const german = { request: new Request('https://my-number-facts.example/de/articles/a/') };
	it('labels markers and the source list in German, with German titles and dates', async () => {
		const markers = dom(await container.renderToString(Cite, { props: { id: 'nhk mic', occurrence: '1' }, locals: { citations: plan }, ...german }));
		expect([...markers.querySelectorAll('a')].map((link) => link.getAttribute('aria-label'))).toEqual(['Quelle 2', 'Quelle 1']);
		const list = dom(await container.renderToString(SourceList, { props: { plan, sources }, ...german }));
		expect(list.querySelector('h2')?.textContent).toBe('Quellen');
		const [mic, nhk] = [...list.querySelectorAll('ol > li')];
		expect(mic?.textContent).toContain('(Ausgabestand)');
		expect(mic?.textContent).not.toContain('Issuance status');
		expect(mic?.textContent).toContain('Japanisch');
		expect(mic?.textContent).toContain('Abgerufen am 28. November 2026');
		expect(nhk?.textContent).toContain('2. Dezember 2024');
		expect(nhk?.querySelector('cite .sr-only')?.textContent).toBe(' (externer Link)');
	});
});
