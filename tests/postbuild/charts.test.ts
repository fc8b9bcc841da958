/** Charts and the timeline: accessible SVG, cited data tables, no client JavaScript for them. */
import { describe, expect, it } from 'vitest';
import { articlePages, documentAt } from '../helpers/site.ts';

describe('charts in articles', () => {
	it('every chart is an inline SVG with an accessible name and a table with one cited row per point', async () => {
		let charts = 0;
		for (const page of await articlePages()) {
			const document = await documentAt(page.file);
			for (const figure of document.querySelectorAll('figure.chart')) {
				charts++;
				const svg = figure.querySelector('svg[role="img"]')!;
				const names = (svg.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
				expect(names.join(' ').trim().length, page.path).toBeGreaterThan(10);
				expect(document.getElementById(svg.getAttribute('aria-describedby') ?? '')?.textContent?.length ?? 0, page.path).toBeGreaterThan(20);
				const rows = figure.querySelectorAll('table tbody tr');
				const points = svg.querySelectorAll('.chart-series circle');
				expect(rows.length, page.path).toBe(points.length);
				for (const row of rows) {
					expect(row.querySelector('time[datetime]')).not.toBeNull();
					expect(row.querySelector('sup.cite a[href^="#source-"]')).not.toBeNull();
				}
				expect(figure.querySelector('a[href$=".csv"]')).not.toBeNull();
				expect(figure.querySelector('a[href$=".json"]')).not.toBeNull();
			}
		}
		expect(charts).toBeGreaterThanOrEqual(2);
	});
	it('the incident timeline shows at least 10 dated, cited incidents', async () => {
		const page = (await articlePages()).find((p) => p.path.includes('data-breaches'))!;
		const items = (await documentAt(page.file)).querySelectorAll('.timeline-list > li');
		expect(items.length).toBeGreaterThanOrEqual(10);
		for (const item of items) {
			expect(item.querySelector('time[datetime]')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(item.querySelector('sup.cite a')).not.toBeNull();
		}
	});
	it('pages with charts load no script but the shared enhancement module', async () => {
		for (const page of await articlePages()) {
			const scripts = [...(await documentAt(page.file)).querySelectorAll('script')].filter((script) => !/json/.test(script.getAttribute('type') ?? ''));
			expect(scripts.length, page.path).toBeLessThanOrEqual(1);
			for (const script of scripts) expect(script.getAttribute('src')).toMatch(/^\/_astro\/BaseLayout[^/]*\.js$/);
		}
	});
});
