import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCitationPlan } from '../../src/lib/citations.ts';
import { citationPreviews, previewId } from '../../src/lib/citation-previews.ts';
import { contrastRatio, verdictInfo, verdictToneColours, verdicts, type VerdictTone } from '../../src/lib/verdicts.ts';

describe('verdict presentation', () => {
	it('gives every verdict a word, a symbol and a tone', () => {
		for (const verdict of verdicts) {
			const info = verdictInfo[verdict];
			expect(info.label.length, verdict).toBeGreaterThan(2);
			expect(info.symbol.length, verdict).toBeGreaterThan(0);
			expect(Object.keys(verdictToneColours), verdict).toContain(info.tone);
		}
	});
	it.each(Object.keys(verdictToneColours) as VerdictTone[])('tone %s reads at 7:1 or better in light and dark', (tone) => {
		for (const scheme of ['light', 'dark'] as const) {
			const colours = verdictToneColours[tone][scheme];
			expect(contrastRatio(colours.text, colours.background), `${tone} ${scheme}`).toBeGreaterThanOrEqual(7);
			// The symbol is drawn in the background colour on the border colour.
			expect(contrastRatio(colours.background, colours.border), `${tone} ${scheme} symbol`).toBeGreaterThanOrEqual(3);
		}
	});
	it('the badge’s stylesheet uses exactly these colours, so they are defined once', () => {
		const source = readFileSync(new URL('../../src/components/claims/VerdictBadge.astro', import.meta.url), 'utf8');
		const [light, dark] = source.split('@media (prefers-color-scheme: dark)') as [string, string];
		for (const [tone, schemes] of Object.entries(verdictToneColours)) {
			for (const [scheme, css] of [
				['light', light],
				['dark', dark],
			] as const) {
				const block = new RegExp(`\\.tone-${tone} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
				const colours = schemes[scheme];
				expect(block, `${tone} ${scheme}`).toContain(`--verdict-text: ${colours.text};`);
				expect(block, `${tone} ${scheme}`).toContain(`--verdict-background: ${colours.background};`);
				expect(block, `${tone} ${scheme}`).toContain(`--verdict-border: ${colours.border};`);
			}
		}
	});
	it('computes contrast as WCAG does', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
	});
});

describe('citation previews', () => {
	it('makes one preview per source and locator, in order of first use', () => {
		const plan = buildCitationPlan([
			{ occurrence: 0, sourceIds: ['a', 'b'] },
			{ occurrence: 1, sourceIds: ['a'] },
			{ occurrence: 2, sourceIds: ['a'], locator: 'Table 2, p. 14' },
			{ occurrence: 3, sourceIds: ['b', 'a'], locator: 'Table 2, p. 14' },
		]);
		expect(citationPreviews(plan)).toEqual([
			{ id: 'preview-1', sourceId: 'a', number: 1, locator: undefined },
			{ id: 'preview-2', sourceId: 'b', number: 2, locator: undefined },
			{ id: 'preview-1--table-2-p-14', sourceId: 'a', number: 1, locator: 'Table 2, p. 14' },
			{ id: 'preview-2--table-2-p-14', sourceId: 'b', number: 2, locator: 'Table 2, p. 14' },
		]);
		expect(previewId({ number: 3, locator: '表２' })).toBe('preview-3--表2');
	});
});
