/** Print and small screens: what a reader gets on paper and on a 320 px phone. */
import { describe, expect, inject, it } from 'vitest';
import { launchBrowser, sharedBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('print', () => {
	it('hides navigation, prints source URLs and expands disclosures', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl}/articles/adoption-figures/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header nav').isVisible()).toBe(false);
		expect(await page.locator('.source-list .print-url').first().isVisible()).toBe(true);
		expect(await page.locator('.chart-data table').isVisible()).toBe(true);
		expect(await page.locator('.cite-this .citation-text').first().isVisible()).toBe(true);
		await page.close();
	});
});

describe('small screens', () => {
	it('nothing is wider than a 320 px viewport', async () => {
		const page = await browser().newPage();
		await page.setViewportSize({ width: 320, height: 700 });
		for (const path of ['/', '/articles/fact-check-back-door/', '/articles/data-breaches/', '/sources/']) {
			await page.goto(`${baseUrl}${path}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await page.close();
	});
	it('respects reduced motion: no smooth scrolling', async () => {
		const context = await launchBrowser();
		const page = await context.newPage();
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(`${baseUrl}/`);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
		await context.close();
	});
});
