/** With JavaScript: copy buttons appear, section links copy their URL, and nothing else changes. */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
let browser: BrowserContext;
beforeAll(async () => {
	browser = await launchBrowser();
	await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});
afterAll(async () => {
	await browser?.close();
});

describe('enhancements', () => {
	it('every heading in an article has a keyboard-reachable section link that copies its URL', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/articles/what-is-my-number/`);
		const headings = await page
			.locator('.prose-body h2, .prose-body h3')
			.evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, link: node.parentElement?.querySelector(`a.heading-link[href="#${node.id}"]`) !== null })));
		expect(headings.length).toBeGreaterThan(3);
		for (const heading of headings) expect(heading).toMatchObject({ id: expect.stringMatching(/\S/), link: true });
		const link = page.locator('a.heading-link').first();
		await link.focus();
		await page.keyboard.press('Enter');
		const href = await link.getAttribute('href');
		expect(new URL(page.url()).hash).toBe(href);
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl}/articles/what-is-my-number/${href}`);
		await page.close();
	});
	it('adds copy buttons to citations and share lines', async () => {
		const page = await browser.newPage();
		await page.goto(`${baseUrl}/articles/fact-check-back-door/`);
		const blocks = await page.locator('[data-copy]').count();
		expect(await page.locator('.copy-button').count()).toBe(blocks);
		await page.locator('.cite-this summary').first().click();
		await page.locator('.cite-this .copy-button').first().click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe((await page.locator('.cite-this .citation-text').first().textContent())?.trim());
		// The button itself says that it copied, then offers to copy again.
		await expect.poll(() => page.locator('.cite-this .copy-button').first().textContent()).toBe('Copied');
		await expect.poll(() => page.locator('.cite-this .copy-button').first().textContent(), { timeout: 5000 }).toBe('Copy');
		await page.close();
	});
});
