/**
 * Pagefind is handed each page's search view (src/integrations/search-index/search-view.ts), not the whole page: over
 * the built site, both must give the same index, file for file and byte for byte.
 */
import { readFile } from 'node:fs/promises';
import { createIndex } from 'pagefind';
import { pagefindOptions } from '../../src/integrations/search-index/search-index.ts';
import { describe, expect, it } from 'vitest';
import { searchView } from '../../src/integrations/search-index/search-view.ts';
import { pages } from '../helpers/site.ts';

async function indexFiles(transform: (html: string) => string): Promise<Map<string, string>> {
	const { index, errors } = await createIndex(pagefindOptions);
	if (!index) throw new Error(errors.join('; '));
	for (const page of await pages()) {
		const result = await index.addHTMLFile({ url: page.path, content: transform(await readFile(page.file, 'utf8')) });
		expect(result.errors).toEqual([]);
	}
	const { files } = await index.getFiles();
	await index.deleteIndex();
	return new Map(files.map((file) => [file.path, Buffer.from(file.content).toString('base64')]));
}

describe('search views', () => {
	it('give the same Pagefind index as the whole pages', async () => {
		const whole = await indexFiles((html) => html);
		const views = await indexFiles(searchView);
		expect(whole.size).toBeGreaterThan(10);
		expect([...views.keys()].sort()).toEqual([...whole.keys()].sort());
		for (const [path, content] of whole) expect(views.get(path), path).toBe(content);
	});
});
