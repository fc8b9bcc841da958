import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { japaneseSearchTerms } from '../../src/lib/search-terms.ts';
import { searchTerms } from '../../src/plugins/search-terms.ts';

describe('japaneseSearchTerms', () => {
	it('lists every run of words, so searches for part of a compound match', () => {
		const terms = japaneseSearchTerms('健康保険証');
		expect(terms).toEqual(expect.arrayContaining(['健康保険証', '保険証', '健康', '保険']));
		expect(japaneseSearchTerms('マイナ保険証')).toEqual(expect.arrayContaining(['マイナ保険証', '保険証']));
		expect(japaneseSearchTerms('公金受取口座')).toEqual(expect.arrayContaining(['公金受取口座', '口座']));
	});
	it('ignores Latin text and punctuation, and lists each term once', () => {
		expect(japaneseSearchTerms('My Number, 2016')).toEqual([]);
		const terms = japaneseSearchTerms('保険証・保険証 (hokenshō)');
		expect(new Set(terms).size).toBe(terms.length);
		expect(terms).toContain('保険証');
	});
});

describe('search-terms plugin', () => {
	it('adds indexed search terms to HTML elements marked lang="ja" and leaves their text alone', async () => {
		const { code } = await mdxToJs('A <span lang="ja">健康保険証</span> (*kenkō hokenshō*).', { mdastPlugins: [searchTerms] });
		expect(code).toMatch(/"data-search-terms": "[^"]*保険証/);
		expect(code).toMatch(/"data-pagefind-index-attrs": "data-search-terms"/);
		expect(code).toContain('"健康保険証"');
	});
	it('leaves components, other languages and plain Markdown alone', async () => {
		const { code } = await mdxToJs('<Quote lang="ja" translation="t">保険証</Quote> <span lang="de">Karte</span> Just text.', { mdastPlugins: [searchTerms] });
		expect(code).not.toMatch(/data-search-terms/);
	});
});
