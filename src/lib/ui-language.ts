/**
 * Finds English UI strings on a German page. Pure: it takes the two dictionaries and a page's
 * HTML. Text in another language's markup (`lang="en"`, `lang="ja"`), quotations (`blockquote`,
 * `q`), source titles (`cite`, `.source-title-en`) and scripts are left out: those may be English
 * on a German page. Everything else a reader sees or hears (text, `aria-label`, `alt`, `title`)
 * must not contain a string of the English dictionary that the German one renders differently.
 */
import { parseHTML } from 'linkedom';

/** Every plain string of a dictionary with its key path; functions are left out (their output is checked through pages). */
export function dictionaryStrings(dictionary: unknown, path = ''): Map<string, string> {
	const found = new Map<string, string>();
	const walk = (value: unknown, key: string) => {
		if (typeof value === 'string') found.set(key, value);
		else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${key}[${index}]`));
		else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) walk(item, key ? `${key}.${name}` : name);
	};
	walk(dictionary, path);
	return found;
}

/**
 * The English strings worth looking for: those the German dictionary says differently, at
 * least two words or eight characters long (so "JSON" or "Feed", the same in both, never count).
 */
export function englishOnlyStrings(english: unknown, german: unknown): string[] {
	const germanStrings = dictionaryStrings(german);
	const strings = new Set<string>();
	for (const [key, value] of dictionaryStrings(english)) {
		const text = value.trim().replace(/^[\s,.:;·(]+|[\s,.:;·)]+$/g, '');
		if (text === '' || germanStrings.get(key)?.trim() === value.trim()) continue;
		if (text.length < 8 && !text.includes(' ')) continue;
		strings.add(text);
	}
	return [...strings];
}

/** Elements whose text may be in another language on a German page: other-language markup, quotations, source titles and publishers' names. */
const exempt = '[lang]:not([lang="de"]), blockquote, q, cite, .source-title-en, .preview-title-en, .source-publisher, script, style, template';

/** The English strings found on the page, each with where it was seen. */
export function englishOnPage(html: string, strings: readonly string[]): { text: string; where: string }[] {
	const { document } = parseHTML(html);
	for (const element of [...document.querySelectorAll(exempt)]) {
		// <html lang="de"> and German subtrees stay; only other-language parts go.
		if (element !== document.documentElement) element.remove();
	}
	const texts: { text: string; where: string }[] = [{ text: document.body?.textContent ?? '', where: 'text' }];
	for (const element of document.querySelectorAll('[aria-label], [alt], [title]')) {
		for (const attribute of ['aria-label', 'alt', 'title']) {
			const value = element.getAttribute(attribute);
			if (value) texts.push({ text: value, where: `${attribute} of <${element.tagName.toLowerCase()}>` });
		}
	}
	const title = document.querySelector('title')?.textContent;
	if (title) texts.push({ text: title, where: '<title>' });
	const found: { text: string; where: string }[] = [];
	for (const { text, where } of texts) {
		const normalised = text.replace(/\s+/g, ' ');
		for (const string of strings) {
			if (containsPhrase(normalised, string)) found.push({ text: string, where });
		}
	}
	return found;
}

/** Whole-word, case-sensitive match, so "Claim" never matches inside "Claims" or a German compound. */
function containsPhrase(text: string, phrase: string): boolean {
	let index = text.indexOf(phrase);
	while (index !== -1) {
		const before = text[index - 1];
		const after = text[index + phrase.length];
		if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
		index = text.indexOf(phrase, index + 1);
	}
	return false;
}
