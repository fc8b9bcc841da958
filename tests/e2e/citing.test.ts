/** "Cite" beside every section heading: a native popover with the section's citation, naming the article. */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser({ javaScriptEnabled: false });

describe('cite this section', () => {
	it('every section heading of the fact-check has a Cite button whose popover names the section and the article, without script', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl}/articles/fact-check-back-door/`);
		const articleTitle = (await page.locator('h1').textContent())!.trim();
		const headings = await page.locator('.prose-body h2').evaluateAll((nodes) => nodes.map((node) => ({ id: node.id, text: node.textContent!.trim() })));
		expect(headings.length).toBeGreaterThan(3);
		for (const heading of headings) {
			const button = page.locator(`.cite-section-button[popovertarget="cite-section-${heading.id}"]`);
			expect(await button.count(), heading.id).toBe(1);
			await button.click();
			const popover = page.locator(`#cite-section-${heading.id}`);
			expect(await popover.isVisible(), heading.id).toBe(true);
			const citations = await popover.locator('.citation-text').allTextContents();
			expect(citations.length).toBe(3);
			for (const citation of citations) {
				expect(citation.toLowerCase()).toContain(heading.text.toLowerCase());
				expect(citation.toLowerCase()).toContain(articleTitle.slice(0, 30).toLowerCase());
			}
			await page.keyboard.press('Escape');
			expect(await popover.isVisible(), heading.id).toBe(false);
		}
		await page.close();
	});
	it('opens from the keyboard, and Escape returns focus to the button', async () => {
		const page = await browser().newPage();
		await page.goto(`${baseUrl}/articles/what-is-my-number/`);
		const button = page.locator('.prose-body .cite-section-button').first();
		await button.focus();
		await page.keyboard.press('Enter');
		const target = await button.getAttribute('popovertarget');
		expect(await page.locator(`#${target}`).isVisible()).toBe(true);
		await page.keyboard.press('Escape');
		expect(await page.locator(`#${target}`).isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(target);
		await page.close();
	});
});
