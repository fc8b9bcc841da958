import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.ts';
import { verdictTallyText } from '../../src/lib/claims.ts';
import { splitRefs } from '../../src/lib/refs.ts';
import { buildCitationPlan } from '../../src/lib/citations.ts';
import { toCsv } from '../../src/lib/dataset-files.ts';
import { shareCardSvg, textWidthEm, wrapText } from '../../src/lib/share-image.ts';
import { asSentence, plainText } from '../../src/lib/text.ts';
import { readingMinutes, tocTree } from '../../src/lib/toc.ts';
import { formatDate, isCalendarDate, latestDate } from '../../src/lib/dates.ts';

describe('small helpers', () => {
	it('tocTree nests h3 under h2 and drops deeper levels', () => {
		const tree = tocTree([
			{ depth: 2, slug: 'a', text: 'A' },
			{ depth: 3, slug: 'a1', text: 'A1' },
			{ depth: 4, slug: 'deep', text: 'Deep' },
			{ depth: 2, slug: 'b', text: 'B' },
		]);
		expect(tree.map((item) => [item.slug, item.children.map((child) => child.slug)])).toEqual([
			['a', ['a1']],
			['b', []],
		]);
	});
	it('readingMinutes counts words, not tags', () => {
		expect(readingMinutes(`${'word '.repeat(460)}<Cite id="a" />`)).toBe(2);
		expect(readingMinutes('')).toBe(1);
	});
	it('asSentence ends text with one full stop, never after a question mark', () => {
		expect(asSentence('Is Japan forcing My Number through the back door?')).toBe('Is Japan forcing My Number through the back door?');
		expect(asSentence('What My Number is')).toBe('What My Number is.');
		expect(asSentence('He said “no.”')).toBe('He said “no.”');
	});
	it('plainText strips tags and decodes entities once', () => {
		expect(plainText('<code>a &lt;b&gt;</code> &amp;lt; <em>x</em>')).toBe('a <b> &lt; x');
	});
	it('toCsv quotes fields with commas, quotes and newlines, after a UTF-8 byte-order mark', () => {
		expect(toCsv([{ a: 'x,y', b: 'say "hi"', c: 1 }])).toBe('\uFEFFa,b,c\r\n"x,y","say ""hi""",1\r\n');
		expect(toCsv([])).toBe('');
	});
	it('toCsv neutralises text a spreadsheet would run as a formula, and leaves numbers alone', () => {
		const csv = toCsv([
			{ a: '=HYPERLINK("http://evil","x")', b: '=1+1', c: '@SUM(A1)', d: '+1', e: '-cmd', f: '\tx', g: '\rx' },
			{ a: -3.5, b: '-3.5', c: 'Japan', d: '', e: 'a=b', f: 0, g: true },
		]);
		const [, first, second] = csv.slice(1).split('\r\n');
		expect(first).toBe(`"'=HYPERLINK(""http://evil"",""x"")",'=1+1,'@SUM(A1),+1,'-cmd,'\tx,"'\rx"`);
		expect(second).toBe('-3.5,-3.5,Japan,,a=b,0,true');
	});
	it('splitRefs splits markers into groups and checks the count', () => {
		const refs = buildCitationPlan([{ occurrence: 0, sourceIds: ['a', 'b', 'c'] }]).refsByOccurrence[0]!;
		expect(splitRefs(refs, [1, 2]).map((group) => group.map((ref) => ref.sourceId))).toEqual([['a'], ['b', 'c']]);
		expect(() => splitRefs(refs, [1])).toThrow(/Expected 1 citation markers, got 3/);
	});
	it('verdictTallyText counts verdicts in the order of the scale, in either language', () => {
		expect(verdictTallyText(['outdated', 'true', 'true'])).toBe('2 true · 1 outdated');
		expect(verdictTallyText(['outdated', 'true', 'mostly-true'], de)).toBe('1× richtig · 1× größtenteils richtig · 1× veraltet');
	});
	it('dates: calendar check, formatting, latest', () => {
		expect(['2024-02-29', '2023-02-29', '2024-13-01', '2024-1-01'].map(isCalendarDate)).toEqual([true, false, false, false]);
		expect(formatDate('2024-12-02')).toBe('2 December 2024');
		expect(latestDate(['2024-01-01', '2026-11-28', '2025-05-05'])).toBe('2026-11-28');
	});
});

describe('share cards', () => {
	it('wraps long titles into at most four lines, ending with an ellipsis when cut', () => {
		const lines = wrapText('word '.repeat(80).trim(), 16, 4);
		expect(lines).toHaveLength(4);
		expect(lines.at(-1)).toMatch(/…$/);
		for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(16.6);
	});
	it('wraps Japanese text between characters', () => {
		expect(wrapText('マイナンバーカードの健康保険証利用について', 10, 4).map((line) => [...line].length)).toEqual([10, 10, 1]);
	});
	it('escapes text in the SVG', () => {
		expect(shareCardSvg({ title: 'A <b> & "c"', meta: 'm', siteName: 's' })).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
	});
});

describe('chart values', async () => {
	const { formatValue } = await import('../../src/lib/charts.ts');
	it('formats percentages and counts', () => {
		expect(formatValue(49, 'percent')).toBe('49%');
		expect(formatValue(6.555, 'percent')).toBe('6.56%');
		expect(formatValue(100029804, 'count')).toBe('100,029,804');
	});
});

describe('chart geometry', async () => {
	const { chartGeometry } = await import('../../src/lib/charts.ts');
	const dataset = {
		cadence: 'monthly' as const,
		next_expected: '2024-04-30',
		title: 'T',
		description: 'D',
		unit: 'percent' as const,
		series: [
			{ id: 'a', label: 'A', definition: 'a' },
			{ id: 'b', label: 'B', definition: 'b' },
		],
		points: [
			{ date: '2016-03-31', series: 'a', value: 10, source: 's' },
			{ date: '2024-03-31', series: 'a', value: 70, source: 's' },
			{ date: '2023-06-30', series: 'b', value: 60, source: 's' },
		],
		events: [{ date: '2023-03-31', label: 'Target', source: 's' }],
	};
	const geometry = chartGeometry(dataset);
	it('places every point inside the plot, higher values higher', () => {
		const points = geometry.series.flatMap((series) => series.points);
		expect(points).toHaveLength(3);
		for (const point of points) {
			expect(point.x).toBeGreaterThanOrEqual(geometry.plot.left);
			expect(point.x).toBeLessThanOrEqual(geometry.plot.right);
			expect(point.y).toBeGreaterThanOrEqual(geometry.plot.top);
			expect(point.y).toBeLessThanOrEqual(geometry.plot.bottom);
		}
		const [low, high] = geometry.series[0]!.points;
		expect(high!.y).toBeLessThan(low!.y);
	});
	it('runs the percentage axis from 0 to 100 and numbers the events', () => {
		expect(geometry.yTicks.map((tick) => tick.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
		expect(geometry.events).toEqual([expect.objectContaining({ number: 1, label: 'Target' })]);
		expect(geometry.xTicks.map((tick) => tick.label)).toContain('2020');
	});
});

describe('share cards in Japanese', () => {
	it('draw Japanese text as glyph outlines from Noto Sans CJK (installed by .ci/run)', () => {
		const svg = shareCardSvg({ title: 'マイナ保険証の利用率', meta: '2026年11月28日', siteName: 'My Number Facts' });
		expect(svg).not.toContain('<text');
		// Set character by character (each CJK character is a place a line may break), each with its outline.
		const title = /<g fill="#111"><title>マイナ保険証の利用率<\/title>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
		const outlines = [...title.matchAll(/<path transform="translate\([\d.]+ [\d.]+\)" d="([^"]+)"\/>/g)].map((match) => match[1]!);
		expect(outlines).toHaveLength(10);
		for (const d of outlines) expect(d.length).toBeGreaterThan(100);
	});
});

describe('event labels', async () => {
	const { staggerRows } = await import('../../src/lib/charts.ts');
	it('move to a lower row only when they would touch', () => {
		expect(staggerRows([{ x: 10 }, { x: 14 }, { x: 16 }, { x: 40 }]).map((event) => event.row)).toEqual([0, 1, 2, 0]);
		expect(staggerRows([{ x: 100 }, { x: 110 }, { x: 115 }, { x: 200 }], 22).map((event) => event.row)).toEqual([0, 1, 2, 0]);
	});
});

describe('share card PNGs', async () => {
	const { encodePng } = await import('../../src/lib/share-image.ts');
	const { inflateSync, crc32 } = await import('node:zlib');
	it('are valid PNG files: signature, header, chunk checksums, and the pixels back from the data', () => {
		const pixels = Buffer.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 247, 247, 245, 255]);
		const png = encodePng(pixels, 2, 2);
		expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
		const chunks: { type: string; data: Buffer }[] = [];
		for (let at = 8; at < png.length;) {
			const length = png.readUInt32BE(at);
			const type = png.subarray(at + 4, at + 8).toString('latin1');
			const data = png.subarray(at + 8, at + 8 + length);
			expect(png.readUInt32BE(at + 8 + length), type).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
			chunks.push({ type, data });
			at += 12 + length;
		}
		expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
		const header = chunks[0]!.data;
		expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([2, 2, 8, 6]);
		// Each row: filter byte 0 (none), then the row's RGBA pixels.
		expect(inflateSync(chunks[1]!.data)).toEqual(Buffer.concat([Buffer.from([0]), pixels.subarray(0, 8), Buffer.from([0]), pixels.subarray(8)]));
	});
});
