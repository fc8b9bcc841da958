import { createIndex } from 'pagefind';
import { describe, expect, it } from 'vitest';
import { pagefindOptions } from '../../src/integrations/search-index/search-index.ts';
import { searchView } from '../../src/integrations/search-index/search-view.ts';

describe('searchView', () => {
	it('drops ignored elements with everything nested in them, and scripts', () => {
		const html =
			'<html><head><title>T</title><script type="application/ld+json">{"a":"<b>"}</script></head><body><main data-pagefind-body>' +
			'<p>Kept <em>text</em>.</p><section class="sources" data-pagefind-ignore><section><h2>Inner</h2></section><p>Gone</p></section>' +
			'<nav data-pagefind-ignore="all"><a href="/">Gone too</a></nav><p>After.</p><img src="a.png" alt="" data-pagefind-ignore></main></body></html>';
		expect(searchView(html)).toBe(
			'<html><head><title>T</title></head><body><main data-pagefind-body><p>Kept <em>text</em>.</p><p>After.</p></main></body></html>',
		);
	});

	it('keeps an ignored element that holds attributes Pagefind still reads', () => {
		const html =
			'<main><div data-pagefind-ignore><span data-pagefind-meta="author">A</span></div><div data-pagefind-ignore data-pagefind-filter="topic">B</div></main>';
		expect(searchView(html)).toBe(html);
	});

	it('leaves a page without ignored elements as it is, and an unclosed element in place', () => {
		expect(searchView('<main><p>Text</p></main>')).toBe('<main><p>Text</p></main>');
		expect(searchView('<main><div data-pagefind-ignore><p>Open')).toBe('<main><div data-pagefind-ignore><p>Open');
	});
});

describe('the search index', () => {
	it('puts each page into the index of its own language, by <html lang>', async () => {
		const { index, errors } = await createIndex(pagefindOptions);
		if (!index) throw new Error(errors.join('; '));
		const page = (lang: string, text: string) =>
			`<html lang="${lang}"><head><title>T</title></head><body><main data-pagefind-body><p>${text}</p></main></body></html>`;
		await index.addHTMLFile({ url: '/articles/card/', content: searchView(page('en', 'The health insurance cards were merged.')) });
		await index.addHTMLFile({ url: '/de/artikel/karte/', content: searchView(page('de', 'Die Krankenversicherungskarten wurden zusammengelegt.')) });
		const { files } = await index.getFiles();
		await index.deleteIndex();
		const entry = files.find((file) => file.path === 'pagefind-entry.json');
		const { languages } = JSON.parse(Buffer.from(entry!.content).toString('utf8')) as { languages: Record<string, { page_count: number }> };
		expect(Object.fromEntries(Object.entries(languages).map(([lang, { page_count }]) => [lang, page_count]))).toEqual({ de: 1, en: 1 });
	});
});
