/**
 * Share cards (1200×630 PNG) drawn as SVG and rendered with resvg. Text is laid out with
 * fontkit in a chain of installed fonts (src/lib/card-fonts.ts: Noto Sans CJK, then DejaVu Sans,
 * Symbola for emoji, and any other installed font with the character), so Japanese, German,
 * Arabic and emoji all render, lines break on measured widths (inside a word too long for a
 * line), and glyphs reach resvg as outlines: resvg then loads no fonts, which would otherwise
 * cost a quarter of a second per card. Rendered cards are cached by a hash of their text, so
 * an unchanged article is not drawn again on the next build. A build draws them in worker
 * threads (src/lib/share-card-worker.ts), one per core.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { cacheDirs } from '../config.ts';
import type { Verdict } from '../schemas/verdict.ts';
import { packageVersions, writeCacheFile } from './cache-file.ts';
import { fontChain, fontSetup, measureRuns, outlinePath, type Weight } from './card-fonts.ts';
import { WorkerPool } from './worker-pool.ts';
import { verdictInfo } from './verdicts.ts';

/** A verdict on a card: the symbol and colour come from the verdict, the words are given. */
export interface VerdictChip {
	verdict: Verdict;
	/** The words on the chip, e.g. "Verdict: Mostly true" or "2 mostly true". */
	text: string;
}

export interface ShareCard {
	title: string;
	/** A one-line kicker such as the topic; drawn in a pill above the title. */
	kicker?: string | undefined;
	/** Verdicts as chips (symbol, colour and words), between the kicker and the title. */
	verdicts?: VerdictChip[] | undefined;
	/** Footer line, e.g. "Updated 28 November 2026". */
	meta: string;
	siteName: string;
}

export const shareImageSize = { width: 1200, height: 630 } as const;

/** Rough width in ems, for when the font is missing: CJK one em, others about half. */
export function textWidthEm(text: string): number {
	let width = 0;
	for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : /[A-Z0-9WM]/.test(char) ? 0.66 : 0.54;
	return width;
}

/** Width of a text in ems: measured with the font where it is installed. */
function measureEm(text: string, weight: Weight): number {
	return fontChain(weight).length === 0 ? textWidthEm(text) : measureRuns(text, weight);
}

/** Words, spaces and single CJK characters: the places a line may break. */
function breakTokens(text: string): string[] {
	return text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
}

const tokenWidths = new Map<string, number>();

/**
 * Width of a text in ems as the sum of its words' widths, each measured once per build:
 * measuring every candidate line from scratch was most of the time a card took. Kerning
 * across a word boundary is ignored, which moves a line break by a hair at most.
 */
function measureByWords(text: string, weight: Weight): number {
	let width = 0;
	for (const token of breakTokens(text)) {
		const key = `${weight} ${token}`;
		let tokenWidth = tokenWidths.get(key);
		if (tokenWidth === undefined) {
			tokenWidth = measureEm(token, weight);
			tokenWidths.set(key, tokenWidth);
		}
		width += tokenWidth;
	}
	return width;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Splits a word wider than a line into pieces that fit, breaking between characters (never
 * inside an emoji or an accented letter), with a hyphen where a Latin word is broken.
 */
function breakWord(word: string, maxEm: number, measure: (text: string) => number): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const { segment } of graphemes.segment(word)) {
		const hyphen = /\p{Script=Latin}$/u.test(piece) && /^\p{Script=Latin}/u.test(segment) ? '-' : '';
		if (piece !== '' && measure(piece + segment + hyphen) > maxEm) {
			pieces.push(piece + hyphen);
			piece = segment;
		} else piece += segment;
	}
	if (piece !== '') pieces.push(piece);
	return pieces;
}

/** Breaks text into at most `maxLines` lines of at most `maxEm` ems, ending with … if cut. */
export function wrapText(text: string, maxEm: number, maxLines: number, measure: (text: string) => number = textWidthEm): string[] {
	const tokens = breakTokens(text).flatMap((token) => (token.trim() !== '' && measure(token) > maxEm ? breakWord(token, maxEm, measure) : [token]));
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		const candidate = line + token;
		if (measure(candidate.trim()) <= maxEm || line.trim() === '') line = candidate;
		else {
			lines.push(line.trim());
			line = token.trim();
		}
	}
	if (line.trim()) lines.push(line.trim());
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1]!;
	// Room for the ellipsis: drop the last short word, or the last characters of a long one.
	kept[maxLines - 1] = `${
		/\s/.test(last)
			? last.replace(/\s*\S{0,3}$/, '')
			: [...graphemes.segment(last)]
					.slice(0, -2)
					.map(({ segment }) => segment)
					.join('')
					.replace(/-$/, '')
	}…`;
	return kept;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const wordOutlines = new Map<string, string>();

/**
 * A word's glyph outlines at the origin, laid out once per build and size: the site's name, the
 * date line, the verdict chips and many title words recur on card after card, and laying out
 * glyphs was a fifth of the time a card took.
 */
function wordOutline(word: string, size: number, weight: Weight): string {
	const key = `${weight} ${size} ${word}`;
	let d = wordOutlines.get(key);
	if (d === undefined) {
		d = outlinePath(word, 0, 0, size, weight);
		wordOutlines.set(key, d);
	}
	return d;
}

/**
 * A line of text as SVG: glyph outlines where the font is installed, else a <text> element. The
 * line is set word by word, each word where the widths of the words before it put it (the same
 * widths the lines were broken by).
 */
function textLine(text: string, x: number, y: number, size: number, weight: Weight, fill: string): string {
	if (fontChain(weight).length === 0) {
		return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight === 'Bold' ? 700 : 400}" fill="${fill}">${escapeXml(text)}</text>`;
	}
	let pen = x;
	let words = '';
	for (const token of breakTokens(text)) {
		if (token.trim() !== '') words += `<path transform="translate(${pen.toFixed(2)} ${y.toFixed(2)})" d="${wordOutline(token, size, weight)}"/>`;
		pen += measureByWords(token, weight) * size;
	}
	return `<g fill="${fill}"><title>${escapeXml(text)}</title>${words}</g>`;
}

/**
 * Verdict colours on a card, the site's light-scheme badge colours (src/styles/global.css):
 * green for true, amber for mixed, outdated and unproven, red for misleading and false.
 */
export const cardVerdictColours: Record<Verdict, string> = {
	true: '#166534',
	'mostly-true': '#166534',
	mixed: '#854d0e',
	outdated: '#854d0e',
	unproven: '#854d0e',
	misleading: '#991b1b',
	'mostly-false': '#991b1b',
	false: '#991b1b',
};

/**
 * A verdict's symbol (the badge's ✓ ◐ ⟳ ! ✗ ?) as shapes in a box of `size` centred on (cx, cy):
 * drawn rather than set in type, so a card never depends on a font having these characters.
 */
export function verdictSymbolSvg(verdict: Verdict, cx: number, cy: number, size: number, colour: string): string {
	const r = size * 0.42;
	const stroke = `stroke="${colour}" stroke-width="${(size * 0.13).toFixed(1)}" stroke-linecap="round" stroke-linejoin="round" fill="none"`;
	const at = (dx: number, dy: number) => `${(cx + dx * size).toFixed(1)},${(cy + dy * size).toFixed(1)}`;
	switch (verdictInfo[verdict].symbol) {
		case '✓':
			return `<path ${stroke} d="M${at(-0.36, 0)} L${at(-0.1, 0.28)} L${at(0.38, -0.3)}"/>`;
		case '✗':
			return `<path ${stroke} d="M${at(-0.3, -0.3)} L${at(0.3, 0.3)} M${at(0.3, -0.3)} L${at(-0.3, 0.3)}"/>`;
		case '◐':
			return `<circle cx="${cx}" cy="${cy}" r="${r.toFixed(1)}" ${stroke}/><path fill="${colour}" d="M${at(0, -0.42)} A${r.toFixed(1)},${r.toFixed(1)} 0 0 0 ${at(0, 0.42)} Z"/>`;
		case '⟳':
			// Three quarters of a circle, clockwise from the left, with an arrowhead at its end.
			return `<path ${stroke} d="M${at(-0.38, 0)} A${(size * 0.38).toFixed(1)},${(size * 0.38).toFixed(1)} 0 1 1 ${at(0, 0.38)}"/><path fill="${colour}" d="M${at(-0.14, 0.38)} L${at(0.1, 0.2)} L${at(0.1, 0.56)} Z"/>`;
		case '!':
			return `<path ${stroke} d="M${at(0, -0.36)} L${at(0, 0.12)}"/><circle cx="${cx}" cy="${(cy + 0.34 * size).toFixed(1)}" r="${(size * 0.08).toFixed(1)}" fill="${colour}"/>`;
		default:
			return `<path ${stroke} d="M${at(-0.2, -0.18)} C${at(-0.2, -0.46)} ${at(0.24, -0.46)} ${at(0.24, -0.18)} C${at(0.24, 0)} ${at(0, 0)} ${at(0, 0.14)}"/><circle cx="${cx}" cy="${(cy + 0.36 * size).toFixed(1)}" r="${(size * 0.08).toFixed(1)}" fill="${colour}"/>`;
	}
}

/** Verdict chips, wrapped into rows within `maxWidth`: each a pill with the symbol and the words, in the verdict's colour. */
function verdictChips(chips: readonly VerdictChip[], x: number, top: number, maxWidth: number, fontSize: number): { svg: string; bottom: number } {
	const height = Math.round(fontSize * 1.8);
	const gap = 16;
	let svg = '';
	let left = x;
	let rowTop = top;
	for (const chip of chips) {
		const colour = cardVerdictColours[chip.verdict];
		const width = Math.round(fontSize * 0.7 + fontSize + fontSize * 0.35 + measureByWords(chip.text, 'Bold') * fontSize + fontSize * 0.8);
		if (left > x && left + width > x + maxWidth) {
			left = x;
			rowTop += height + 14;
		}
		const cy = rowTop + height / 2;
		svg += `<rect x="${left}" y="${rowTop}" width="${width}" height="${height}" rx="${height / 2}" fill="#fff" stroke="${colour}" stroke-width="4"/>`;
		svg += verdictSymbolSvg(chip.verdict, left + fontSize * 0.7 + fontSize / 2, cy, fontSize, colour);
		svg += textLine(chip.text, left + fontSize * 2.05, cy + fontSize * 0.36, fontSize, 'Bold', colour);
		left += width + gap;
	}
	return { svg, bottom: rowTop + height };
}

/** The largest title size (at most 4 lines) whose lines fit between `top` and `bottom`; the smallest, cut with …, if none does. */
function fitTitle(title: string, top: number, bottom: number): { lines: string[]; size: number } {
	const sizes = title.length > 70 ? [54, 46, 40] : [64, 54, 46, 40];
	let fitted: { lines: string[]; size: number } | undefined;
	for (const size of sizes) {
		const maxLines = Math.max(1, Math.min(4, Math.floor((bottom - top) / (size * 1.2))));
		const measure = (text: string) => measureByWords(text, 'Bold');
		const all = wrapText(title, 1080 / size, Number.POSITIVE_INFINITY, measure);
		fitted = { lines: all.length <= maxLines ? all : wrapText(title, 1080 / size, maxLines, measure), size };
		if (all.length <= maxLines) return fitted;
	}
	return fitted!;
}

export function shareCardSvg(card: ShareCard): string {
	const { width, height } = shareImageSize;
	let top = 116;
	let bands = '';
	if (card.kicker) {
		bands += `<rect x="60" y="${top + 4}" width="${Math.min(1080, 40 + measureEm(card.kicker, 'Bold') * 40)}" height="72" rx="36" fill="#fff" stroke="#0b57b5" stroke-width="4"/>${textLine(card.kicker, 80, top + 52, 40, 'Bold', '#0b57b5')}`;
		top += 100;
	}
	if (card.verdicts && card.verdicts.length > 0) {
		const chips = verdictChips(card.verdicts, 60, top + 4, 1080, card.verdicts.length === 1 ? 40 : 32);
		bands += chips.svg;
		top = chips.bottom + 24;
	}
	const metaBaseline = height - 50;
	const { lines, size } = fitTitle(card.title, top, metaBaseline - 30 - 28);
	const title = lines.map((line, index) => textLine(line, 60, top + size * 0.95 + index * size * 1.2, size, 'Bold', '#111')).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans CJK JP, Noto Sans, sans-serif">
<rect width="${width}" height="${height}" fill="#f7f7f5"/>
<rect width="${width}" height="16" fill="#0b57b5"/>
${textLine(card.siteName, 60, 84, 34, 'Bold', '#0b57b5')}
${bands}${title}
${textLine(card.meta, 60, metaBaseline, 30, 'Regular', '#333')}
</svg>`;
}

/** Where rendered cards are kept between builds (src/config.ts). */
export function shareCardCacheDir(): string {
	return cacheDirs.shareImages;
}

let setup: [fonts: string, renderer: string] | undefined;

/** The fonts and renderer a card is drawn with, for its cache key: looked up once per build, not per card. */
function renderingSetup(): [fonts: string, renderer: string] {
	setup ??= [fontSetup(), packageVersions(['@resvg/resvg-js', 'fontkit'])];
	return setup;
}

/** Bumped when the card's design changes, so cached cards are drawn again. */
const designVersion = 'card v4';

/** The cache file of a card: named by a hash of its text, the design and the rendering setup. */
function cardCacheFile(card: ShareCard, cacheDir: string): string {
	const key = createHash('sha256')
		.update(JSON.stringify([designVersion, card, ...renderingSetup()]))
		.digest('hex')
		.slice(0, 32);
	return join(cacheDir, `${key}.png`);
}

/** Draws a card into a PNG file (in this thread); what each worker of the pool does. */
export function drawShareCardFile(card: ShareCard, file: string): void {
	const svg = shareCardSvg(card);
	// Text arrives as outlines when the font is installed; only the fallback needs system fonts.
	const outlined = fontChain('Bold').length > 0 && fontChain('Regular').length > 0;
	const image = new Resvg(svg, {
		fitTo: { mode: 'width', value: shareImageSize.width },
		font: { loadSystemFonts: !outlined, defaultFontFamily: 'Noto Sans CJK JP' },
	}).render();
	writeCacheFile(file, encodePng(image.pixels, image.width, image.height));
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function pngChunk(type: string, data: Buffer): Buffer {
	const chunk = Buffer.alloc(12 + data.length);
	chunk.writeUInt32BE(data.length, 0);
	chunk.write(type, 4, 'latin1');
	data.copy(chunk, 8);
	chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
	return chunk;
}

/**
 * An 8-bit RGBA PNG of a card's pixels, unfiltered and compressed with zlib at level 3. resvg's
 * own encoder took about 7 ms of a card's 13 to 15; with this a card takes about 10, and its
 * file is about an eighth larger (some 36 KB instead of 32, measured on 2 December 2026). The
 * card is opaque, so its pixels are the same premultiplied or not.
 */
export function encodePng(pixels: Buffer, width: number, height: number): Buffer {
	const stride = width * 4;
	const rows = Buffer.allocUnsafe((stride + 1) * height);
	for (let y = 0; y < height; y++) {
		rows[y * (stride + 1)] = 0;
		pixels.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8;
	header[9] = 6;
	return Buffer.concat([pngSignature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows, { level: 3 })), pngChunk('IEND', Buffer.alloc(0))]);
}

let pool: WorkerPool<{ card: ShareCard; file: string }, void> | undefined;

/**
 * A card worker's young generation, kept small: at most 3 MB, where V8 lets it grow to 192 MB
 * in a worker on this machine. Each card holds two 3 MB native buffers (resvg's pixmap and its
 * copy as `pixels`) that are freed only when the small JS objects holding them are collected.
 * With the default, dozens of them waited for a collection, and every card took fresh memory
 * from the OS, page by page; with two workers those page faults contended, and a card took
 * about 21 ms in a cold build. Collected every few cards, the memory is reused (measured on 2
 * December 2026, 600 cards on 2 cores, 5 runs: 9.5 to 10.7 ms of wall time per card before,
 * 5.9 to 7.3 after; the cold build's cards and citation files took 15 s instead of 20).
 */
const cardWorkerLimits = { maxYoungGenerationSizeMb: 3 };

/**
 * Renders a card to a PNG file in the cache and returns its path; a card rendered before is
 * not drawn again. The key is made from the card's text, not its SVG: laying out the text is
 * much of the work. Cards are drawn in worker threads, one per core (about 10 ms each, most
 * of it resvg's rendering and the PNG encoding), or here where workers cannot start.
 */
export async function renderShareCardFile(card: ShareCard, cacheDir: string): Promise<string> {
	const cached = cardCacheFile(card, cacheDir);
	if (existsSync(cached)) return cached;
	pool ??= new WorkerPool(new URL('./share-card-worker.ts', import.meta.url), { resourceLimits: cardWorkerLimits });
	if (!pool.broken) {
		try {
			await pool.run({ card, file: cached });
			return cached;
		} catch (error) {
			// A card that fails in a worker fails here too, with the same error; a pool that cannot start falls back.
			if (!pool.broken) throw error;
		}
	}
	drawShareCardFile(card, cached);
	return cached;
}

/** A card as PNG bytes (rendered or from the cache), for the dev server's route. */
export async function renderShareCard(card: ShareCard, cacheDir: string): Promise<Buffer> {
	return readFile(await renderShareCardFile(card, cacheDir));
}
