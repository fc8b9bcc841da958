/**
 * Share cards (1200×630 PNG) drawn as SVG and rendered with resvg, using the system's Noto Sans
 * CJK so that Japanese renders. Rendered cards are cached by a hash of their SVG, so an
 * unchanged article is not drawn again on the next build.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export interface ShareCard {
	title: string;
	/** A verdict or other one-line kicker; drawn above the title. */
	kicker?: string | undefined;
	/** Footer line, e.g. "Updated 28 November 2026". */
	meta: string;
	siteName: string;
}

export const shareImageSize = { width: 1200, height: 630 } as const;

const fontDirs = ['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto'];
const fontNames = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc'];

function fontFiles(): string[] {
	return fontDirs.flatMap((dir) => fontNames.map((name) => join(dir, name))).filter((path) => existsSync(path));
}

/** Rough width in ems: CJK and full-width characters are one em, others about half. */
export function textWidthEm(text: string): number {
	let width = 0;
	for (const char of text) width += /[\u3000-\u9fff\uff00-\uffef]/.test(char) ? 1 : /[A-Z0-9WM]/.test(char) ? 0.66 : 0.54;
	return width;
}

/** Breaks text into at most `maxLines` lines of at most `maxEm` ems, ending with … if cut. */
export function wrapText(text: string, maxEm: number, maxLines: number): string[] {
	const tokens = text.match(/[\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
	const lines: string[] = [];
	let line = '';
	for (const token of tokens) {
		const candidate = line + token;
		if (textWidthEm(candidate.trim()) <= maxEm || line.trim() === '') line = candidate;
		else {
			lines.push(line.trim());
			line = token.trim();
		}
	}
	if (line.trim()) lines.push(line.trim());
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/\s*\S{0,3}$/, '')}…`;
	return kept;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function shareCardSvg(card: ShareCard): string {
	const { width, height } = shareImageSize;
	const titleSize = card.title.length > 70 ? 54 : 64;
	const lines = wrapText(card.title, 1080 / titleSize, 4);
	const titleTop = card.kicker ? 250 : 200;
	const title = lines
		.map((line, index) => `<text x="60" y="${titleTop + index * titleSize * 1.2}" font-size="${titleSize}" font-weight="700" fill="#111">${escapeXml(line)}</text>`)
		.join('');
	const kicker = card.kicker
		? `<rect x="60" y="120" width="${Math.min(1080, 40 + textWidthEm(card.kicker) * 40)}" height="72" rx="36" fill="#fff" stroke="#0b57b5" stroke-width="4"/><text x="80" y="168" font-size="40" font-weight="700" fill="#0b57b5">${escapeXml(card.kicker)}</text>`
		: '';
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Noto Sans CJK JP, Noto Sans, sans-serif">
<rect width="${width}" height="${height}" fill="#f7f7f5"/>
<rect width="${width}" height="16" fill="#0b57b5"/>
<text x="60" y="84" font-size="34" font-weight="700" fill="#0b57b5">${escapeXml(card.siteName)}</text>
${kicker}${title}
<text x="60" y="${height - 50}" font-size="30" fill="#333">${escapeXml(card.meta)}</text>
</svg>`;
}

/** Renders a card to PNG, reusing a cached file when the same card was rendered before. */
export async function renderShareCard(card: ShareCard, cacheDir: string): Promise<Buffer> {
	const svg = shareCardSvg(card);
	const key = createHash('sha256').update(svg).update(fontFiles().join()).digest('hex').slice(0, 32);
	const cached = join(cacheDir, `${key}.png`);
	if (existsSync(cached)) return readFile(cached);
	const png = new Resvg(svg, {
		fitTo: { mode: 'width', value: shareImageSize.width },
		font: { fontFiles: fontFiles(), loadSystemFonts: fontFiles().length === 0, defaultFontFamily: 'Noto Sans CJK JP' },
	})
		.render()
		.asPng();
	await mkdir(cacheDir, { recursive: true });
	await writeFile(cached, png);
	return png;
}
