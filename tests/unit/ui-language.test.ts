/** The check that no English UI string is left on a German page (src/lib/ui-language.ts). */
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { dictionaryStrings, englishOnlyStrings, englishOnPage } from '../../src/lib/ui-language.ts';

const strings = englishOnlyStrings(en, de);
const page = (body: string) => `<!doctype html><html lang="de"><head><title>Seite</title></head><body>${body}</body></html>`;

describe('English UI strings on German pages', () => {
	it('the two dictionaries have the same keys', () => {
		expect([...dictionaryStrings(de).keys()].sort()).toEqual([...dictionaryStrings(en).keys()].sort());
	});
	it('looks for strings the German dictionary says differently, not for words both share', () => {
		expect(strings).toContain('Verdicts at a glance');
		expect(strings).toContain('Cite this article');
		expect(strings).not.toContain('JSON');
		expect(strings).not.toContain('My Number Facts');
	});
	it('finds a forgotten English string in text and in accessible names', () => {
		expect(englishOnPage(page('<h2>Verdicts at a glance</h2>'), strings)).toEqual([{ text: 'Verdicts at a glance', where: 'text' }]);
		expect(englishOnPage(page('<button aria-label="Close">×</button>'), [...strings, 'Close'])).toEqual([{ text: 'Close', where: 'aria-label of <button>' }]);
	});
	it('allows English in quotations, source titles, publishers and other-language markup', () => {
		const allowed = page(
			'<blockquote>Verdicts at a glance</blockquote><cite>Cite this article</cite><span lang="en">Contents of the report</span><span class="source-publisher">Ministry of Justice (Japanese Law Translation)</span>',
		);
		expect(englishOnPage(allowed, [...strings, 'Translation'])).toEqual([]);
	});
	it('matches whole words only', () => {
		expect(englishOnPage(page('<p>Claims</p>'), ['Claim'])).toEqual([]);
	});
});
