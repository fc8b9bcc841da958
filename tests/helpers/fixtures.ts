/** Loads a fixture content folder through the real YAML reader and schemas, as the build does. */
import { cp, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import type { RawContent } from '../../src/lib/content-index.ts';
import { stripFrontmatter } from '../../src/lib/lint.ts';
import { englishGlossary } from '../../src/lib/editions.ts';
import { readStrictYaml } from '../../src/loaders/strict-glob.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { claimSchema } from '../../src/schemas/claim.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { glossarySchema } from '../../src/schemas/glossary.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

export const fixtureDir = (name: string) => join(import.meta.dirname, '..', 'fixtures', name);

/**
 * The MDX of an article for a build test: the frontmatter every article needs, dated 2 November
 * 2026, with the title, summary and body given (and its claims, where given).
 */
export function fixtureArticle({ title, summary, body, claims }: { title: string; summary: string; body: string; claims?: string[] }): string {
	return [
		'---',
		`title: ${title}`,
		`summary: ${summary}`,
		'topic: basics',
		'figures_as_of: 2026-11-02',
		'review_by: 2027-02-02',
		'published: 2026-11-02',
		'updated: 2026-11-02',
		'reviewed: 2026-11-02',
		'changelog:',
		'  - date: 2026-11-02',
		'    kind: update',
		'    summary: First published.',
		...(claims ? [`claims: [${claims.join(', ')}]`] : []),
		'---',
		'',
		body,
	].join('\n');
}

/** A throw-away copy of a fixture, to break on purpose. */
export async function copyFixture(name: string): Promise<string> {
	const target = await mkdtemp(join(tmpdir(), `fixture-${name}-`));
	await cp(fixtureDir(name), target, { recursive: true });
	return target;
}

async function readFolder<S extends z.ZodType>(root: string, folder: string, schema: S) {
	const dir = join(root, folder);
	const names = (await readdir(dir)).filter((name) => !name.startsWith('_')).sort();
	return Promise.all(
		names.map(async (name) => {
			const path = join(dir, name);
			const data = schema.parse(await readStrictYaml(path)) as z.output<S>;
			return { id: name.replace(/\.(ya?ml|mdx)$/, ''), filePath: relative(root, path), data, path };
		}),
	);
}

export async function loadFixture(root: string): Promise<RawContent> {
	const articles = await readFolder(root, 'articles', articleSchema);
	return {
		articles: await Promise.all(articles.map(async ({ path, ...article }) => ({ ...article, body: stripFrontmatter(await readFile(path, 'utf8')) }))),
		sources: await readFolder(root, 'sources', sourceSchema),
		claims: await readFolder(root, 'claims', claimSchema),
		datasets: await readFolder(root, 'data', datasetSchema),
		glossary: englishGlossary(await readFolder(root, 'glossary', glossarySchema)),
	};
}
