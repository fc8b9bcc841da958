/** Search in a real browser finds English and Japanese terms. */
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, sharedBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

async function search(query: string): Promise<string[]> {
	const page = await browser().newPage();
	await page.goto(`${baseUrl}/search/`);
	await page.fill('#search-input', query);
	await page.click('.search-form button[type="submit"]');
	await page.waitForSelector('#search-results h2');
	const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	await page.close();
	return hrefs;
}

describe('search', () => {
	it('finds the data-breaches article for an English term', async () => {
		expect(await search('Fujitsu')).toContain('/articles/data-breaches/');
	});
	it('finds the health insurance article for a Japanese term', async () => {
		expect(await search('マイナ保険証')).toContain('/articles/health-insurance-card/');
	});
	it('reads the query from the address, so results can be linked', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl}/search/?q=Killnet`);
		await page.waitForSelector('#search-results h2');
		expect(await page.locator('.search-results a[href*="data-breaches"]').count()).toBeGreaterThan(0);
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
