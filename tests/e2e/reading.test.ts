import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
let browser: BrowserContext;
let page: Page;

beforeAll(async () => {
	browser = await launchBrowser({ javaScriptEnabled: false });
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
});

async function firstArticlePath(): Promise<string> {
	await page.goto(`${baseUrl}/`);
	const href = await page.locator('.article-link').first().getAttribute('href');
	expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/$/);
	return href!;
}

describe('home page', () => {
	it('lists the articles by topic and links to each', async () => {
		await page.goto(`${baseUrl}/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('My Number Facts');
		const links = await page.locator('.article-link').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')));
		expect(links.length).toBeGreaterThan(0);
		for (const href of links) {
			const response = await page.request.get(`${baseUrl}${href}`);
			expect(response.status(), href ?? '').toBe(200);
		}
	});
});

describe('an article, without JavaScript', () => {
	it('ships no script other than JSON data and the one small enhancement module', async () => {
		await page.goto(`${baseUrl}${await firstArticlePath()}`);
		const scripts = await page
			.locator('script')
			.evaluateAll((nodes) =>
				nodes.map((node) => ({ type: node.getAttribute('type'), src: node.getAttribute('src'), inline: (node.textContent ?? '').length })),
			);
		const code = scripts.filter((script) => !/json/.test(script.type ?? ''));
		expect(code.length).toBeLessThanOrEqual(1);
		for (const script of code) expect(script).toMatchObject({ type: 'module', src: expect.stringMatching(/^\/_astro\//), inline: 0 });
	});

	it('shows the whole article, its citations and source list with JavaScript off', async () => {
		await page.goto(`${baseUrl}${await firstArticlePath()}`);
		await expect(page.locator('.prose-body p').first().isVisible()).resolves.toBe(true);
		expect(await page.locator('.source-list li').count()).toBeGreaterThan(5);
		expect(await page.locator('.cite-this .citation-text').first().textContent()).toMatch(/My Number Facts/);
		expect(await page.locator('.copy-button').count()).toBe(0);
	});

	it('follows a citation to its source and back', async () => {
		await page.goto(`${baseUrl}${await firstArticlePath()}`);
		const marker = page.locator('.prose-body sup.cite .cite-ref').first();
		const markerId = await marker.getAttribute('id');
		await marker.locator('button').click();
		const toList = page.locator('[popover]:popover-open a[href^="#source-"]');
		const target = (await toList.getAttribute('href'))!;
		await toList.click();
		expect(new URL(page.url()).hash).toBe(target);
		const entry = page.locator(`${target}:target`);
		await expect(entry.count()).resolves.toBe(1);
		await expect(entry.isVisible()).resolves.toBe(true);
		await page.keyboard.press('Escape');
		const back = entry.locator(`.backlinks a[href="#${markerId}"]`);
		await back.click();
		expect(new URL(page.url()).hash).toBe(`#${markerId}`);
		await expect(page.locator(`#${markerId}`).isVisible()).resolves.toBe(true);
	});

	it('every citation marker has a source entry that links back to it', async () => {
		await page.goto(`${baseUrl}${await firstArticlePath()}`);
		const problems = await page.evaluate(() => {
			const found: string[] = [];
			for (const marker of document.querySelectorAll<HTMLElement>('sup.cite .cite-ref')) {
				const link = marker.querySelector('a')!;
				const entry = document.querySelector(link.getAttribute('href')!);
				if (!entry) found.push(`${marker.id}: no ${link.getAttribute('href')}`);
				else if (!entry.querySelector(`a[href="#${marker.id}"]`)) found.push(`${marker.id}: no back-link`);
				const number = /^Source (\d+)/.exec(link.getAttribute('aria-label') ?? '')?.[1];
				const position = [...(entry?.parentElement?.children ?? [])].indexOf(entry!) + 1;
				if (Number(number) !== position) found.push(`${marker.id}: number ${number} is not the list position ${position}`);
				if (marker.querySelector('button')?.textContent !== link.textContent) found.push(`${marker.id}: button and link differ`);
			}
			return found;
		});
		expect(problems).toEqual([]);
	});

	it('keeps a space before inline citation markers', async () => {
		await page.goto(`${baseUrl}${await firstArticlePath()}`);
		const glued = await page.evaluate(() =>
			[...document.querySelectorAll('.prose-body p > sup.cite')]
				.map((sup) => sup.previousSibling?.textContent ?? '')
				.filter((text) => text.length > 0 && !/\s$/.test(text)),
		);
		expect(glued).toEqual([]);
	});

	it('table of contents links land on their headings', async () => {
		await page.goto(`${baseUrl}${await firstArticlePath()}`);
		const hrefs = await page.locator('.toc a').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href')!));
		expect(hrefs.length).toBeGreaterThan(1);
		for (const href of hrefs) await expect(page.locator(href).count(), href).resolves.toBe(1);
		await page.locator('.toc a').nth(1).click();
		expect(new URL(page.url()).hash).toBe(hrefs[1]);
		await expect(page.locator(`${hrefs[1]}:target`).count()).resolves.toBe(1);
	});
});

describe('not found', () => {
	it('answers an unknown address with the 404 page', async () => {
		const response = await page.goto(`${baseUrl}/articles/no-such-article/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
		await expect(page.locator('main a[href="/"]').count()).resolves.toBe(1);
	});
});
