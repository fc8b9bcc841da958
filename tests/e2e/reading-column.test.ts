/**
 * The reading column, measured as a reader sees it: characters per rendered line of article
 * paragraphs (counted character by character from the layout), body type size and line height,
 * and no sideways scrolling on phones.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const articles = sitemapPaths().filter((path) => path.startsWith('/articles/'));

interface Measure {
	/** Mean characters per line of each paragraph, over its lines but the last. */
	paragraphs: { text: string; perLine: number; lines: number }[];
	fontSize: number;
	lineHeight: number;
}

/** Counts the visible characters of each line of the article's paragraphs. */
async function measure(page: Page): Promise<Measure> {
	return page.evaluate(() => {
		const visible = (node: Node) => {
			const parent = node.parentElement;
			return parent !== null && parent.closest('.sr-only') === null && parent.getClientRects().length > 0;
		};
		const paragraphs: Measure['paragraphs'] = [];
		for (const paragraph of document.querySelectorAll<HTMLElement>('.prose-body > p')) {
			const lines: number[] = [];
			let count = 0;
			let lastLeft = -Infinity;
			let lastTop = -Infinity;
			const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
			const range = document.createRange();
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (!visible(node)) continue;
				const text = node.textContent ?? '';
				for (let i = 0; i < text.length; i++) {
					range.setStart(node, i);
					range.setEnd(node, i + 1);
					const rect = range.getBoundingClientRect();
					if (rect.width === 0 && /\s/.test(text[i]!)) continue;
					// A new line starts where the next character is left of the last one and lower.
					if (rect.left < lastLeft - 1 && rect.top > lastTop + 2 && count > 0) {
						lines.push(count);
						count = 0;
					}
					count++;
					lastLeft = rect.left;
					lastTop = rect.top;
				}
			}
			lines.push(count);
			const full = lines.slice(0, -1);
			if (full.length >= 2) {
				paragraphs.push({ text: (paragraph.textContent ?? '').slice(0, 40), perLine: full.reduce((a, b) => a + b, 0) / full.length, lines: lines.length });
			}
		}
		const sample = document.querySelector('.prose-body > p')!;
		const style = getComputedStyle(sample);
		return { paragraphs, fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize) };
	});
}

describe('the reading column', () => {
	for (const width of [1280, 768]) {
		it(`runs 60–75 characters a line at ${width} px, in type of at least 17 px with a line height of 1.5–1.7`, async () => {
			const page = await browser().newPage();
			await page.setViewportSize({ width, height: 900 });
			for (const path of articles) {
				await page.goto(`${baseUrl}${path}`);
				const result = await measure(page);
				expect(result.paragraphs.length, path).toBeGreaterThan(2);
				for (const paragraph of result.paragraphs) {
					expect(paragraph.perLine, `${path} at ${width}: “${paragraph.text}…”`).toBeGreaterThanOrEqual(60);
					expect(paragraph.perLine, `${path} at ${width}: “${paragraph.text}…”`).toBeLessThanOrEqual(75);
				}
				expect(result.fontSize, path).toBeGreaterThanOrEqual(17);
				expect(result.lineHeight, path).toBeGreaterThanOrEqual(1.5);
				expect(result.lineHeight, path).toBeLessThanOrEqual(1.7);
			}
			await page.close();
		});
	}

	it('runs no more than 75 characters a line at 360 px, in type of at least 16 px', async () => {
		const page = await browser().newPage();
		await page.setViewportSize({ width: 360, height: 740 });
		for (const path of articles) {
			await page.goto(`${baseUrl}${path}`);
			const result = await measure(page);
			for (const paragraph of result.paragraphs) expect(paragraph.perLine, `${path}: “${paragraph.text}…”`).toBeLessThanOrEqual(75);
			expect(result.fontSize, path).toBeGreaterThanOrEqual(16);
			expect(result.lineHeight, path).toBeGreaterThanOrEqual(1.5);
			expect(result.lineHeight, path).toBeLessThanOrEqual(1.7);
		}
		await page.close();
	});

	it('the measuring counts what it should: a paragraph of known width and text', async () => {
		const page = await browser().newPage();
		await page.setContent(`<div class="prose-body"><p style="font: 20px/1.6 monospace; width: 30ch">${'abcd '.repeat(60)}</p><p>one line</p></div>`);
		const result = await measure(page);
		// 30ch of monospace holds 30 characters; lines break after a space, which is not counted.
		expect(result.paragraphs).toHaveLength(1);
		expect(result.paragraphs[0]!.perLine).toBeGreaterThanOrEqual(27);
		expect(result.paragraphs[0]!.perLine).toBeLessThanOrEqual(30);
		await page.close();
	});

	for (const width of [320, 360]) {
		it(`nothing scrolls sideways at ${width} px`, async () => {
			const page = await browser().newPage();
			await page.setViewportSize({ width, height: 700 });
			for (const path of sitemapPaths()) {
				await page.goto(`${baseUrl}${path}`);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
				expect(overflow, `${path} at ${width} px`).toBeLessThanOrEqual(0);
			}
			await page.close();
		});
	}
});

describe('wide screens', () => {
	it('from 1200 px the contents sit in a side column that stays in view, and the reading column keeps its width', async () => {
		const page = await browser().newPage();
		const path = '/articles/fact-check-back-door/';
		const paragraphWidth = () =>
			page
				.locator('.prose-body > p')
				.first()
				.evaluate((p) => p.getBoundingClientRect().width);
		await page.setViewportSize({ width: 1100, height: 800 });
		await page.goto(`${baseUrl}${path}`);
		const narrowWidth = await paragraphWidth();
		for (const width of [1200, 1280, 1600]) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(`${baseUrl}${path}`);
			expect(await paragraphWidth(), `${width} px`).toBeCloseTo(narrowWidth, 0);
			const toc = page.locator('nav.toc');
			const prose = await page.locator('.prose-body').boundingBox();
			const before = (await toc.boundingBox())!;
			expect(before.x + before.width, `${width} px`).toBeLessThanOrEqual(prose!.x);
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
			const after = (await toc.boundingBox())!;
			expect(after.y, `${width} px`).toBeGreaterThanOrEqual(0);
			expect(after.y, `${width} px`).toBeLessThan(800);
			expect(await toc.locator('a').first().isVisible()).toBe(true);
		}
		await page.close();
	});
});
