/** Links never break: published URLs and anchors, internal links, external links, link text. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idsIn } from '../../src/cli/lib/dist.ts';
import { brokenPromises, type PublishedRecord } from '../../src/lib/published.ts';
import { distDir, documentAt, fileFor, pages, redirectAnchors, redirects } from '../helpers/site.ts';

const root = join(import.meta.dirname, '..', '..');
const record = JSON.parse(readFileSync(join(root, 'content', 'published-urls.json'), 'utf8')) as PublishedRecord;

describe('published URLs and anchors', () => {
	it('every recorded page, file and anchor still exists (or has a declared alias)', async () => {
		const built = new Set((await pages()).map((page) => page.path));
		const exists = (path: string) => built.has(path) || (fileFor(path) !== undefined && existsSync(fileFor(path)!));
		const problems = brokenPromises(record, {
			pages: { has: exists } as ReadonlySet<string>,
			redirects,
			anchorMaps: redirectAnchors,
			anchorsOf: (path) => idsIn(readFileSync(fileFor(path)!, 'utf8')),
		});
		expect(problems).toEqual([]);
	});
	it('every page in the build is recorded (run npm run urls:record after adding pages)', async () => {
		const missing = (await pages()).map((page) => page.path).filter((path) => path !== '/404.html' && !(path in record) && !(path in redirects));
		expect(missing).toEqual([]);
	});
});

const vague = /^(click here|here|read more|more|link|this page|this)$/i;

describe('links in every page', () => {
	it('internal links and anchors resolve; external links are https and marked', async () => {
		const problems: string[] = [];
		for (const page of await pages()) {
			const document = await documentAt(page.file);
			for (const link of document.querySelectorAll('a[href]')) {
				const href = link.getAttribute('href')!;
				const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
				if (vague.test(text)) problems.push(`${page.path}: vague link text "${text}"`);
				if (/^https?:/.test(href)) {
					if (!href.startsWith('https://')) problems.push(`${page.path}: external link is not https: ${href}`);
					const rel = (link.getAttribute('rel') ?? '').split(/\s+/);
					if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${page.path}: external link without rel="noopener noreferrer": ${href}`);
					// In the page's language: "(external link)", "(externer Link)".
					if (!/\((external link|externer Link)\)/.test(link.textContent ?? ''))
						problems.push(`${page.path}: external link not marked for screen readers: ${href}`);
					continue;
				}
				if (/^(mailto|tel):/.test(href)) continue;
				const [path, hash] = href.split('#') as [string, string | undefined];
				const targetFile = path === '' ? page.file : fileFor(path.startsWith('/') ? path : new URL(path, `https://x${page.path}`).pathname);
				if (!targetFile) {
					problems.push(`${page.path}: broken link ${href}`);
					continue;
				}
				if (hash && targetFile.endsWith('.html') && !idsIn(readFileSync(targetFile, 'utf8')).has(decodeURIComponent(hash))) {
					problems.push(`${page.path}: missing anchor ${href}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
	it('found pages to check', async () => {
		expect((await pages()).length).toBeGreaterThan(10);
		expect(existsSync(join(distDir, '404.html'))).toBe(true);
	});
});
