import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { de } from '../../src/i18n/de.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArticleFiles, type ArticleFilesManifest } from '../../src/integrations/site-files/article-files.ts';
import { articleShareCard, siteShareCard } from '../../src/lib/share-cards.ts';
import type { ArticleData } from '../../src/schemas/article.ts';

const work = await mkdtemp(join(tmpdir(), 'article-files-'));
afterAll(() => rm(work, { recursive: true, force: true }));

const article = { title: 'A title', topic: 'fact-check', updated: '2026-11-28', claims: ['one', 'two'] } as unknown as ArticleData;

describe('article files', () => {
	it('builds a card with the verdict, or a tally for several claims, or the topic', () => {
		expect(articleShareCard({ ...article, claims: ['one'] }, () => 'false', 'Site').verdicts).toEqual([{ verdict: 'false', text: 'Verdict: False' }]);
		expect(articleShareCard(article, () => 'true', 'Site')).toMatchObject({
			title: 'A title',
			meta: 'Updated 28 November 2026',
			siteName: 'Site',
			verdicts: [{ verdict: 'true', text: '2 true' }],
		});
		expect(articleShareCard(article, () => 'true', 'Site').kicker).toBeUndefined();
		expect(articleShareCard({ ...article, topic: 'adoption', claims: [] }, () => 'true', 'Site')).toMatchObject({
			kicker: 'Adoption figures',
			verdicts: undefined,
		});
		expect(siteShareCard({ name: 'Site', tagline: 'Tag' })).toMatchObject({ title: 'Tag', siteName: 'Site' });
		// The German edition's cards: German verdict names, German dates.
		expect(articleShareCard(article, () => 'true', 'Site', de, 'de')).toMatchObject({
			meta: 'Aktualisiert am 28. November 2026',
			verdicts: [{ verdict: 'true', text: '2× richtig' }],
		});
		expect(articleShareCard({ ...article, claims: ['one'] }, () => 'mostly-true', 'Site', de, 'de').verdicts).toEqual([
			{ verdict: 'mostly-true', text: 'Bewertung: Größtenteils richtig' },
		]);
	});

	it('writes every card and citation file of a manifest, cards linked from the cache', async () => {
		const outDir = join(work, 'out');
		const cache = join(work, 'cache');
		const manifest: ArticleFilesManifest = {
			cards: [{ path: '/og/an-article.png', card: articleShareCard(article, () => 'mixed', 'Site') }],
			citations: [
				{
					paths: { bib: '/articles/an-article/cite.bib', ris: '/articles/an-article/cite.ris', json: '/articles/an-article/cite.json' },
					bodies: { bib: '@misc{a}', ris: 'TY  - ELEC', json: '[]' },
				},
			],
		};
		expect(await writeArticleFiles(outDir, manifest, cache)).toBe(4);
		const png = await readFile(join(outDir, 'og', 'an-article.png'));
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect((await stat(join(outDir, 'og', 'an-article.png'))).nlink).toBe(2);
		expect(await readFile(join(outDir, 'articles', 'an-article', 'cite.bib'), 'utf8')).toBe('@misc{a}');
		expect(await readFile(join(outDir, 'articles', 'an-article', 'cite.ris'), 'utf8')).toBe('TY  - ELEC');
		expect(await readFile(join(outDir, 'articles', 'an-article', 'cite.json'), 'utf8')).toBe('[]');
		// A second run into the same folder replaces the files, and leaves the cached card whole.
		expect(await writeArticleFiles(outDir, manifest, cache)).toBe(4);
		expect(await readFile(join(outDir, 'og', 'an-article.png'))).toEqual(png);
	});
});
