import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawShareCardFile, renderShareCardFile, type ShareCard } from '../../src/lib/share-image.ts';
import { WorkerPool } from '../../src/lib/worker-pool.ts';

describe('worker pool', () => {
	it('draws share cards in worker threads, byte for byte as drawn in this thread', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'cards-'));
		const cards: ShareCard[] = [
			{
				title: 'Fact-check: Is Japan forcing My Number on everyone?',
				verdicts: [{ verdict: 'misleading', text: 'Verdict: Misleading' }],
				meta: 'Updated 2 December 2026',
				siteName: 'My Number Facts',
			},
			{ title: 'マイナンバーカードと健康保険証', kicker: 'Explainer', meta: 'Updated 2 December 2026', siteName: 'My Number Facts' },
			{ title: 'Die elektronische Gesundheitskarte: Überblick', meta: 'Aktualisiert am 2. Dezember 2026', siteName: 'My Number Facts' },
		];
		const files = await Promise.all(cards.map((card) => renderShareCardFile(card, dir)));
		cards.forEach((card, index) => {
			const here = join(dir, `here-${index}.png`);
			drawShareCardFile(card, here);
			expect(readFileSync(files[index]!).equals(readFileSync(here)), card.title).toBe(true);
		});
	}, 60_000);
	it('starts its workers with the heap limits it is given', async () => {
		const pool = new WorkerPool<null, { maxYoungGenerationSizeMb?: number }>(new URL('../helpers/limits-worker.ts', import.meta.url), {
			size: 1,
			resourceLimits: { maxYoungGenerationSizeMb: 3 },
		});
		expect((await pool.run(null)).maxYoungGenerationSizeMb).toBe(3);
		await pool.close();
	});
	it('reports a worker that cannot start, so the caller does the work itself', async () => {
		const pool = new WorkerPool<number, number>(new URL('./no-such-worker.ts', import.meta.url), { size: 1 });
		await expect(pool.run(1)).rejects.toThrow();
		expect(pool.broken).toBeInstanceOf(Error);
		await expect(pool.run(2)).rejects.toBe(pool.broken);
		await pool.close();
	});
});
