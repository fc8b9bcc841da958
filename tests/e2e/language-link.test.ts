/** The language link in a real browser: it goes to the same page in the other language, and on an article to the same section. */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('the language link', () => {
	it('on an article, lands on the matching section of the German twin', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl}/articles/data-breaches/#forged-cards`);
		await page.waitForLoadState('load');
		await page.click('a[data-language-link]');
		await page.waitForURL(/\/de\/articles\/data-breaches\/#/);
		const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
		// The German heading says which English section it is.
		expect(await page.locator(`[id="${hash}"]`).getAttribute('data-twin')).toBe('forged-cards');
		await page.close();
	});
	it('and back: from a German section to the English one', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl}/de/articles/fact-check-back-door/`);
		// Read a while in the section, then go back up to the header and use the link.
		await page.evaluate(() => document.querySelector('h2[data-twin="driving-licence"]')!.scrollIntoView({ block: 'start', behavior: 'instant' }));
		await page.waitForTimeout(600);
		await page.click('a[data-language-link]');
		await page.waitForURL(/\/articles\/fact-check-back-door\/#driving-licence$/);
		await page.close();
	});
	it('on other pages, goes to the same page in the other language', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl}/de/claims/`);
		await page.click('a[data-language-link]');
		await page.waitForURL(`${baseUrl}/claims/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.close();
	});
});
