/**
 * The public contact for reporting errors (SITE_CONTACT), through real builds of the fixture: with
 * it, every article section links to it; without it, a production build for a real site address
 * fails and names the setting.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../helpers/build.ts';
import { copyFixture } from '../helpers/fixtures.ts';

const realSite = 'https://mynumberfacts.org';

describe('SITE_CONTACT in a production build for a real address', () => {
	it('with a contact: every section of every article has its prefilled report link, and about and corrections give the address', async () => {
		const scratch = await mkdtemp(join(tmpdir(), 'contact-build-'));
		const outDir = join(scratch, 'dist');
		const result = await astroBuild({
			contentDir: await copyFixture('basic'),
			outDir,
			cacheDir: join(scratch, 'cache'),
			env: { SITE_URL: realSite, SITE_CONTACT: 'corrections@mynumberfacts.org' },
		});
		expect(result.code, result.output).toBe(0);
		const page = async (path: string) => parseHTML(await readFile(join(outDir, path, 'index.html'), 'utf8')).document;

		const article = await page('articles/sample');
		const title = article.querySelector('h1')!.textContent!.trim();
		const sections = [...article.querySelectorAll('.prose-body h2')];
		expect(sections.map((h2) => h2.id)).toEqual(['how-many-have-a-card', 'incidents', 'the-claim']);
		for (const h2 of sections) {
			const link = h2.parentElement!.querySelector('a.report-link');
			expect(link, h2.id).not.toBeNull();
			expect(link!.textContent!.replace(/\s+/g, ' ').trim()).toBe(`Report an error in the section “${h2.textContent!.trim()}”`);
			const href = new URL(link!.getAttribute('href')!);
			expect(href.protocol + href.pathname).toBe('mailto:corrections@mynumberfacts.org');
			expect(href.searchParams.get('subject')).toBe(`Error report: ${title}`);
			expect(href.searchParams.get('body')).toContain(`${realSite}/articles/sample/#${h2.id}`);
		}
		// Sub-sections share their section's link; the page's own sections (sources, changes) have none.
		expect(article.querySelectorAll('a.report-link')).toHaveLength(sections.length);
		expect(article.querySelector('.article-currency')!.textContent).toMatch(/^Figures as of 28 November 2026 · Next review by 28 February 2027$/);
		expect([...article.querySelectorAll('.article-currency time')].map((time) => time.getAttribute('datetime'))).toEqual(['2026-11-28', '2027-02-28']);

		for (const path of ['about', 'corrections']) {
			const link = (await page(path)).querySelector('.contact-note a')!;
			expect(link.getAttribute('href'), path).toBe('mailto:corrections@mynumberfacts.org');
		}
		await rm(scratch, { recursive: true, force: true });
	});

	it('without a contact: fails with a message naming SITE_CONTACT', async () => {
		const scratch = await mkdtemp(join(tmpdir(), 'contact-build-'));
		const result = await astroBuild({
			contentDir: await copyFixture('basic'),
			outDir: join(scratch, 'dist'),
			cacheDir: join(scratch, 'cache'),
			env: { SITE_URL: realSite, SITE_CONTACT: undefined },
		});
		await rm(scratch, { recursive: true, force: true });
		expect(result.code).not.toBe(0);
		expect(result.output).toMatch(/SITE_CONTACT is not set, and this is a production build for https:\/\/mynumberfacts\.org/);
	});
});
