/** The fact-check opens with its verdicts at a glance: every claim, its verdict and a link to it, on one screen. */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const path = '/articles/fact-check-back-door/';

describe('verdicts at a glance', () => {
	it('lists every claim before the first section, with the claim box’s verdict and a working link', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl}${path}`);
		const result = await page.evaluate(() => {
			const summary = document.querySelector('.verdict-summary')!;
			const firstSection = document.querySelector('.prose-body h2')!;
			const items = [...summary.querySelectorAll('li')].map((item) => {
				const link = item.querySelector<HTMLAnchorElement>('a[href^="#claim-"]')!;
				const box = document.getElementById(link.getAttribute('href')!.slice(1));
				return {
					text: link.textContent?.trim() ?? '',
					target: box?.classList.contains('claim') ?? false,
					verdict: item.querySelector('.verdict')?.textContent,
					boxVerdict: box?.querySelector('.claim-verdict .verdict')?.textContent,
					verdictHtml: item
						.querySelector('.verdict')
						?.outerHTML.replace(/ data-astro-cid-\w+/g, '')
						.replace(/ verdict-large/, ''),
					boxVerdictHtml: box
						?.querySelector('.claim-verdict .verdict')
						?.outerHTML.replace(/ data-astro-cid-\w+/g, '')
						.replace(/ verdict-large/, ''),
				};
			});
			return {
				before: (summary.compareDocumentPosition(firstSection) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
				items,
				boxes: document.querySelectorAll('article.claim').length,
			};
		});
		expect(result.before).toBe(true);
		expect(result.items).toHaveLength(result.boxes);
		expect(result.boxes).toBeGreaterThanOrEqual(6);
		for (const item of result.items) {
			expect(item.text.length).toBeGreaterThan(10);
			expect(item.text.length).toBeLessThan(75);
			expect(item.target, item.text).toBe(true);
			expect(item.verdict, item.text).toMatch(/Verdict: /);
			expect(item.verdictHtml, item.text).toBe(item.boxVerdictHtml);
		}
		// Readers who move by heading meet each claim with its verdict.
		const headings = await page.getByRole('heading', { name: /^Claim: .+\. Verdict: [A-Z][a-z ]+\.$/ }).allTextContents();
		expect(headings).toHaveLength(result.boxes);
		await page.close();
	});

	it('fits on one 1280 × 800 screen, and a summary link lands on its claim', async () => {
		const page = await browser().newPage();
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(`${baseUrl}${path}`);
		const summary = page.locator('.verdict-summary');
		await summary.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		const box = (await summary.boundingBox())!;
		expect(box.height).toBeLessThanOrEqual(800);
		const items = page.locator('.verdict-summary li');
		for (let i = 0; i < (await items.count()); i++) {
			const item = (await items.nth(i).boundingBox())!;
			expect(item.y).toBeGreaterThanOrEqual(0);
			expect(item.y + item.height).toBeLessThanOrEqual(800);
		}
		const link = items.nth(4).locator('a[href^="#claim-"]');
		const href = (await link.getAttribute('href'))!;
		await link.click();
		expect(new URL(page.url()).hash).toBe(href);
		expect(await page.locator(`${href}:target`).isVisible()).toBe(true);
		await page.close();
	});
});
