/** Search in a real browser finds English and Japanese terms, and leads to the matching section. */
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, sharedBrowser } from '../helpers/browser.ts';
import { articlePages, documentAt, pages } from '../helpers/site.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

interface Results {
	/** Paths of the pages found. */
	pages: string[];
	/** Section links under the pages (path and hash). */
	sections: string[];
	/** The excerpts' text. */
	excerpts: string[];
	/** The heading over the results: their count and the query. */
	heading: string;
}

/** Searches from the search page of an edition: '' for English, '/de' for German. */
async function search(query: string, edition = ''): Promise<Results> {
	const page = await browser().newPage();
	await page.goto(`${baseUrl}${edition}/search/`);
	await page.fill('#search-input', query);
	await page.click('.search-form button[type="submit"]');
	await page.waitForSelector('#search-results h2');
	const heading = (await page.locator('#search-results h2').textContent()) ?? '';
	const results = await page.locator('.search-results').evaluate((list) => ({
		pages: [...list.querySelectorAll(':scope > li > a')].map((link) => new URL((link as HTMLAnchorElement).href).pathname),
		sections: [...list.querySelectorAll('.search-sections a')].map((link) => {
			const url = new URL((link as HTMLAnchorElement).href);
			return `${url.pathname}${url.hash}`;
		}),
		excerpts: [...list.querySelectorAll('p')].map((excerpt) => excerpt.textContent ?? ''),
	}));
	await page.close();
	return { ...results, heading };
}

/** The articles whose visible text contains a term. */
async function articlesContaining(term: string): Promise<string[]> {
	const found: string[] = [];
	for (const page of await articlePages()) {
		// The indexed text: without the parts Pagefind skips (source list, "Cite this", screen-reader-only text).
		const main = (await documentAt(page.file)).querySelector('main')?.cloneNode(true) as HTMLElement | undefined;
		for (const skipped of main?.querySelectorAll('[data-pagefind-ignore], .sr-only') ?? []) skipped.remove();
		if (main?.textContent?.includes(term)) found.push(page.path);
	}
	return found;
}

describe('search', () => {
	it('finds the data-breaches article for an English term', async () => {
		expect((await search('Fujitsu')).pages).toContain('/articles/data-breaches/');
	});
	it('finds the health insurance article for a Japanese term', async () => {
		expect((await search('マイナ保険証')).pages).toContain('/articles/health-insurance-card/');
	});
	// Japanese terms inside English (and German) pages, including words that are part of a longer
	// compound (保険証 in 健康保険証 and マイナ保険証): every article that shows the word is found, by
	// the search of its own edition (each language has its own index).
	for (const term of ['保険証', '資格確認書', '公金受取口座', '保有枚数率', '免許証', '個人番号', '口座']) {
		it(`finds every article that uses the Japanese term ${term}`, async () => {
			const expected = await articlesContaining(term);
			const [german, english] = [expected.filter((path) => path.startsWith('/de/')), expected.filter((path) => !path.startsWith('/de/'))];
			expect(english.length, `no English article uses ${term}; pick another term`).toBeGreaterThan(0);
			expect((await search(term)).pages).toEqual(expect.arrayContaining(english));
			if (german.length > 0) expect((await search(term, '/de')).pages).toEqual(expect.arrayContaining(german));
		});
	}
	it('leads to the matching sections, each a heading that exists', async () => {
		const { sections } = await search('Killnet');
		expect(sections.length).toBeGreaterThan(0);
		for (const section of sections) {
			const [path, hash] = section.split('#');
			const page = (await pages()).find((candidate) => candidate.path === path);
			expect(page, section).toBeDefined();
			expect((await documentAt(page!.file)).getElementById(decodeURIComponent(hash!)), section).not.toBeNull();
		}
	});
	it('shows excerpts with the words a reader sees, not screen-reader-only text', async () => {
		for (const query of ['Fujitsu', 'insurance card', 'マイナ保険証']) {
			for (const excerpt of (await search(query)).excerpts) {
				expect(excerpt, query).not.toMatch(/\[\s*Source \d|Link to the section|Link to this claim|\(external link\)|Verdict:/);
			}
		}
	});
	it('shows excerpts without the claim box’s anchor and page links, and without a space before punctuation', async () => {
		for (const [query, edition] of [
			['49%', ''],
			['Tokorozawa', ''],
			['49 %', '/de'],
		] as const) {
			const { excerpts } = await search(query, edition);
			expect(excerpts.length, query).toBeGreaterThan(0);
			for (const excerpt of excerpts) {
				expect(excerpt, query).not.toMatch(/#claim-|Claim page|Seite der Behauptung/);
				// Citation markers are not indexed: the space before one must not end up before a full stop or comma.
				expect(excerpt, query).not.toMatch(/\s[.,;:!?]/);
			}
		}
	});
	// The German edition has its own index (Pagefind indexes each language by <html lang>, with German stemming).
	for (const [term, article] of [
		['Krankenkassenkarte', '/de/articles/fact-check-back-door/'],
		['Datenschutz', '/de/articles/data-breaches/'],
		['マイナンバー', '/de/articles/what-is-my-number/'],
	] as const) {
		it(`the German search finds ${term}, in German pages only`, async () => {
			const found = (await search(term, '/de')).pages;
			expect(found).toContain(article);
			expect(found.filter((path) => !path.startsWith('/de/'))).toEqual([]);
		});
	}
	it('the German search stems German words (Krankenversicherungskarten finds Krankenversicherungskarte)', async () => {
		expect((await search('Krankenversicherungskarten', '/de')).pages).toContain('/de/articles/health-insurance-card/');
	});
	it('quotes the query in each language’s quotation marks', async () => {
		expect((await search('Fujitsu')).heading).toMatch(/ for “Fujitsu”$/);
		expect((await search('Datenschutz', '/de')).heading).toMatch(/ für „Datenschutz“$/);
	});
	it('the English search stays in English pages', async () => {
		expect((await search('Fujitsu')).pages.filter((path) => path.startsWith('/de/'))).toEqual([]);
	});
	it('reads the query from the address, so results can be linked', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl}/search/?q=Killnet`);
		await page.waitForSelector('#search-results h2');
		expect(await page.locator('.search-results a[href*="data-breaches"]').count()).toBeGreaterThan(0);
		await page.close();
	});
	it('fits a 320 px wide screen', async () => {
		const page = await browser().newPage();
		await page.setViewportSize({ width: 320, height: 640 });
		await page.goto(`${baseUrl}/search/?q=Fujitsu`);
		await page.waitForSelector('#search-results h2');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBe(0);
		const button = await page.locator('.search-form button[type="submit"]').boundingBox();
		expect(button!.x + button!.width).toBeLessThanOrEqual(320);
		await page.close();
	});
	it('explains the alternatives when JavaScript is off', async () => {
		const noScript = await launchBrowser({ javaScriptEnabled: false });
		const page = await noScript.newPage();
		await page.goto(`${baseUrl}/search/`);
		expect(await page.locator('[data-search-fallback]').isVisible()).toBe(true);
		expect(await page.locator('[data-search-fallback] a[href="/sitemap-index.xml"]').count()).toBe(1);
		await noScript.close();
	});
});
