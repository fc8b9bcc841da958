/** Charts on phones and desktops: text stays legible, and nothing spills sideways. */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('charts at every width', () => {
	for (const width of [320, 360, 768, 1280]) {
		it(`chart text is 12–16 CSS px and stays inside the page at ${width} px`, async () => {
			const page = await browser().newPage();
			await page.setViewportSize({ width, height: 900 });
			for (const path of ['/articles/adoption-figures/', '/articles/health-insurance-card/']) {
				await page.goto(`${baseUrl}${path}`);
				const texts = await page.locator('figure.chart svg text').evaluateAll((nodes) =>
					nodes
						.filter((node) => node.getBoundingClientRect().width > 0)
						.map((node) => {
							const box = node.getBoundingClientRect();
							return { text: node.textContent, size: box.height, font: parseFloat(getComputedStyle(node).fontSize), left: box.left, right: box.right };
						}),
				);
				expect(texts.length, path).toBeGreaterThan(5);
				for (const text of texts) {
					expect(text.font, `${path} "${text.text}"`).toBeGreaterThanOrEqual(12);
					expect(text.font, `${path} "${text.text}"`).toBeLessThanOrEqual(16);
					expect(text.left, `${path} "${text.text}"`).toBeGreaterThanOrEqual(0);
					expect(text.right, `${path} "${text.text}"`).toBeLessThanOrEqual(width);
				}
				// Event numbers on the same row never overlap.
				const numbers = await page
					.locator('figure.chart .chart-events text')
					.evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).map((box) => ({ left: box.left, right: box.right, top: box.top })));
				for (const [index, a] of numbers.entries()) {
					for (const b of numbers.slice(index + 1)) {
						if (Math.abs(a.top - b.top) < 1) expect(a.right <= b.left || b.right <= a.left, `${path}: event numbers overlap`).toBe(true);
					}
				}
			}
			await page.close();
		});
	}
	it('legend swatches sit in the line of their label', async () => {
		const page = await browser().newPage();
		await page.setViewportSize({ width: 360, height: 900 });
		await page.goto(`${baseUrl}/articles/adoption-figures/`);
		const rows = await page.locator('.chart-legend li').evaluateAll((items) =>
			items.map((item) => {
				const swatch = item.querySelector('svg')!.getBoundingClientRect();
				const label = item.querySelector('strong')!.getClientRects()[0]!;
				return { swatchMiddle: swatch.top + swatch.height / 2, labelTop: label.top, labelBottom: label.bottom };
			}),
		);
		for (const row of rows) {
			expect(row.swatchMiddle).toBeGreaterThanOrEqual(row.labelTop);
			expect(row.swatchMiddle).toBeLessThanOrEqual(row.labelBottom);
		}
		await page.close();
	});
	it('timeline items have no list numbers that sit on its rule', async () => {
		const page = await browser().newPage();
		await page.setViewportSize({ width: 360, height: 900 });
		await page.goto(`${baseUrl}/articles/data-breaches/`);
		const styles = await page.locator('.timeline-list').evaluate((list) => getComputedStyle(list).listStyleType);
		expect(styles).toBe('none');
		await page.close();
	});
});
