/** Share cards draw every character they are given, and keep every line inside the card. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontRuns, measureRuns, uncoveredCharacters } from '../../src/lib/card-fonts.ts';
import { renderShareCardFile, shareCardSvg, wrapText } from '../../src/lib/share-image.ts';

/** Titles no single font draws; each script's font is installed by .ci/run. */
const worstCases = {
	latin: 'The quick brown fox: “quotes”, dashes — and 100 % of the ½ numbers',
	german: 'Größenordnung der Überweisungsträger: Straße, Äpfel, Öl',
	japanese: 'マイナンバーカードの健康保険証利用について（令和６年１２月）',
	emoji: 'Emoji 🔒 🇯🇵 👍🏽 ✅ 📱 in a title',
	arabic: 'مرحبا بالعالم',
	hebrew: 'שלום עולם',
	greekCyrillic: 'Ελληνικά и русский',
};

describe('share cards draw every character', () => {
	it.each(Object.entries(worstCases))('%s: every character has a font', (_name, title) => {
		expect(uncoveredCharacters(title, 'Bold')).toEqual([]);
		expect(uncoveredCharacters(title, 'Regular')).toEqual([]);
	});
	it('falls back to another font inside a line, not for the whole line', () => {
		const runs = fontRuns('Emoji 🔒 and text', 'Bold');
		expect(runs.length).toBeGreaterThan(1);
		expect(runs.map((run) => run.text).join('')).toBe('Emoji 🔒 and text');
	});
	it('breaks a word too long for a line inside it, with a hyphen, and no line runs off the card', () => {
		const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellungsbetriebsgenehmigung';
		const measure = (text: string) => measureRuns(text, 'Bold');
		const lines = wrapText(`A ${word} title`, 1080 / 64, 4, measure);
		expect(lines.length).toBeGreaterThan(2);
		for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(1080 / 64);
		expect(lines.some((line) => line.endsWith('-'))).toBe(true);
		// An emoji run with no spaces is broken between emoji, never inside one.
		const emoji = wrapText('👍🏽'.repeat(40), 10, 4, measure);
		for (const line of emoji) expect(line.replace(/…$/, '')).toMatch(/^(👍🏽)+$/u);
	});
	it('renders the worst cases to PNG cards', async () => {
		const cacheDir = mkdtempSync(join(tmpdir(), 'cards-'));
		for (const title of [...Object.values(worstCases), 'X'.repeat(300)]) {
			const svg = shareCardSvg({ title, kicker: 'Verdict: Mostly false', meta: 'Updated 2 December 2026', siteName: 'My Number Facts' });
			expect(svg).not.toContain('<text');
			const png = readFileSync(await renderShareCardFile({ title, meta: 'Updated 2 December 2026', siteName: 'My Number Facts' }, cacheDir));
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect(png.readUInt32BE(16)).toBe(1200);
		}
	}, 60_000);
});
