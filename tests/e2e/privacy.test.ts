/** Loading any page makes no request to another host and sets no cookies. */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.ts';
import { sitemapPaths } from '../helpers/sitemap.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('privacy', () => {
	it('no page requests anything from another origin, and no cookie is set', async () => {
		const origin = new URL(baseUrl).origin;
		const foreign: string[] = [];
		browser().on('request', (request) => {
			const url = request.url();
			if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
		});
		const page = await browser().newPage();
		const paths = [...sitemapPaths(), '/search/?q=Fujitsu', '/404.html'];
		for (const path of paths) {
			await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
		}
		expect(foreign).toEqual([]);
		expect(await browser().cookies()).toEqual([]);
		expect(paths.length).toBeGreaterThan(10);
	});
});
