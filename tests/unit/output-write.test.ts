/** The writers' side of the output contract (src/integrations/output/write.ts), checked against the sweep. */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeStaleFiles } from '../../src/integrations/output/stale-files.ts';
import { copyOutput, linkOutput, markWritten, writeOutput } from '../../src/integrations/output/write.ts';

const work = await mkdtemp(join(tmpdir(), 'output-write-'));
afterAll(() => rm(work, { recursive: true, force: true }));
const out = (path: string) => join(work, 'out', path);

describe('writing into the output', () => {
	it('keeps every file a writer wrote, linked, copied or marked, and sweeps the rest', async () => {
		await writeOutput(out('kept/index.html'), 'kept');
		await writeOutput(out('gone/index.html'), 'gone');
		await writeOutput(out('old.txt'), 'old');
		await writeOutput(join(work, 'cache', 'card.png'), 'card');
		await new Promise((done) => setTimeout(done, 50));
		const since = Date.now();
		await new Promise((done) => setTimeout(done, 50));
		await markWritten(out('kept/index.html'));
		await linkOutput(join(work, 'cache', 'card.png'), out('og/card.png'));
		await copyOutput(out('old.txt'), out('copy/old.txt'));
		await writeOutput(out('old.txt'), 'new');

		expect(await removeStaleFiles(join(work, 'out'), undefined, since)).toEqual(['gone/index.html']);
		expect(await readFile(out('kept/index.html'), 'utf8')).toBe('kept');
		expect((await stat(out('og/card.png'))).nlink).toBe(2);
	});

	it('replaces a linked file without writing into the cache it is linked to', async () => {
		const cached = join(work, 'cache', 'card.png');
		await writeFile(out('other.png'), 'other');
		await copyOutput(out('other.png'), out('og/card.png'));
		expect(await readFile(cached, 'utf8')).toBe('card');
		expect(await readFile(out('og/card.png'), 'utf8')).toBe('other');
		await linkOutput(cached, out('og/card.png'));
		expect(await readFile(out('og/card.png'), 'utf8')).toBe('card');
	});
});
