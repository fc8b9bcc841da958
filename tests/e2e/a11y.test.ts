/** axe-core over every URL in the sitemap, in light and dark colour schemes: zero violations. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const paths = [...sitemapPaths(), '/404.html'];

interface AxeResult {
	violations: { id: string; help: string; nodes: { target: string[] }[] }[];
}

for (const scheme of ['light', 'dark'] as const) {
	describe(`accessibility, ${scheme} colour scheme`, () => {
		let browser: BrowserContext;
		beforeAll(async () => {
			browser = await launchBrowser({ colorScheme: scheme });
		});
		afterAll(async () => {
			await browser?.close();
		});
		it.each(paths)('%s has no axe violations', async (path) => {
			const page = await browser.newPage();
			await page.goto(`${baseUrl}${path}`);
			// Evaluated through the DevTools protocol, so the page's CSP does not block it.
			await page.evaluate(axeSource);
			const result = await page.evaluate(
				(runTags) =>
					(window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResult> } }).axe.run(document, {
						runOnly: { type: 'tag', values: runTags },
						resultTypes: ['violations'],
					}),
				tags,
			);
			await page.close();
			expect(
				result.violations.map(
					(v) =>
						`${v.id}: ${v.help} (${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 5)
							.join(', ')})`,
				),
			).toEqual([]);
		});
	});
}

describe('the accessibility check itself', () => {
	it('reports a violation on a page that has one', async () => {
		const browser = await launchBrowser();
		const page = await browser.newPage();
		await page.setContent('<!doctype html><html><head><title>x</title></head><body><main><img src="data:,"></main></body></html>');
		await page.evaluate(axeSource);
		const result = await page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run());
		await browser.close();
		expect(result.violations.map((v) => v.id)).toContain('image-alt');
	});
});
