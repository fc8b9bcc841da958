import { describe, expect, it } from 'vitest';
import { searchView } from '../../src/lib/search-view.ts';

describe('searchView', () => {
	it('drops ignored elements with everything nested in them, and scripts', () => {
		const html =
			'<html><head><title>T</title><script type="application/ld+json">{"a":"<b>"}</script></head><body><main data-pagefind-body>' +
			'<p>Kept <em>text</em>.</p><section class="sources" data-pagefind-ignore><section><h2>Inner</h2></section><p>Gone</p></section>' +
			'<nav data-pagefind-ignore="all"><a href="/">Gone too</a></nav><p>After.</p><img src="a.png" alt="" data-pagefind-ignore></main></body></html>';
		expect(searchView(html)).toBe('<html><head><title>T</title></head><body><main data-pagefind-body><p>Kept <em>text</em>.</p><p>After.</p></main></body></html>');
	});

	it('keeps an ignored element that holds attributes Pagefind still reads', () => {
		const html = '<main><div data-pagefind-ignore><span data-pagefind-meta="author">A</span></div><div data-pagefind-ignore data-pagefind-filter="topic">B</div></main>';
		expect(searchView(html)).toBe(html);
	});

	it('leaves a page without ignored elements as it is, and an unclosed element in place', () => {
		expect(searchView('<main><p>Text</p></main>')).toBe('<main><p>Text</p></main>');
		expect(searchView('<main><div data-pagefind-ignore><p>Open')).toBe('<main><div data-pagefind-ignore><p>Open');
	});
});
