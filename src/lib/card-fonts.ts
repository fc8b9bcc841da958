/**
 * The fonts a share card is drawn with, and text laid out in them as outlines. No single font
 * covers every script a title may hold, so each character goes to the first font of a chain
 * that has it:
 *
 * 1. Noto Sans CJK JP (Debian's fonts-noto-cjk): Latin with German and other accents, Greek,
 *    Cyrillic, Japanese, Chinese and Korean;
 * 2. DejaVu Sans (fonts-dejavu-core): Arabic, Hebrew, Armenian, Georgian, many symbols;
 * 3. Symbola (fonts-symbola): emoji, drawn in outline;
 * 4. any other font installed on the machine that has the character, found with fontconfig
 *    (`fc-list :charset=…`), for scripts none of the above covers.
 *
 * All are free fonts under the SIL Open Font License or the Bitstream Vera / public-domain
 * terms of their Debian packages (`/usr/share/doc/<package>/copyright`); the cards embed
 * outlines of the glyphs used, which these licences allow.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as fontkit from 'fontkit';

export type Weight = 'Regular' | 'Bold';

interface Glyph {
	path: { scale(x: number, y: number): { translate(x: number, y: number): { toSVG(): string } } };
}
export interface Face {
	unitsPerEm: number;
	layout(text: string): { glyphs: Glyph[]; positions: { xAdvance: number }[] };
	hasGlyphForCodePoint(codePoint: number): boolean;
}

interface Candidate {
	file: string;
	/** The font of a collection (.ttc) to use. */
	name?: string;
}

const noto = (weight: Weight): Candidate[] =>
	['/usr/share/fonts/opentype/noto', '/usr/share/fonts/truetype/noto'].map((dir) => ({
		file: `${dir}/NotoSansCJK-${weight}.ttc`,
		name: `NotoSansCJKjp-${weight}`,
	}));

/** The chain, most preferred first; a font that is not installed is skipped. */
export const fontCandidates: Readonly<Record<Weight, readonly Candidate[]>> = {
	Bold: [
		...noto('Bold'),
		{ file: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' },
		{ file: '/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf' },
	],
	Regular: [
		...noto('Regular'),
		{ file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
		{ file: '/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf' },
	],
};

function open(candidate: Candidate): Face | undefined {
	if (!existsSync(candidate.file)) return undefined;
	try {
		const font = fontkit.openSync(candidate.file) as unknown as Face & { fonts?: Face[]; getFont?(name: string): Face | null };
		if (candidate.name && font.getFont) return font.getFont(candidate.name) ?? undefined;
		return font.fonts ? font.fonts[0] : font;
	} catch {
		return undefined;
	}
}

const chains = new Map<Weight, Face[]>();

/** The installed fonts of the chain for a weight. */
export function fontChain(weight: Weight): Face[] {
	let chain = chains.get(weight);
	if (!chain) {
		chain = fontCandidates[weight].flatMap((candidate) => open(candidate) ?? []);
		chains.set(weight, chain);
	}
	return chain;
}

/** The installed files of the chain, for a cache key: another set of fonts draws other cards. */
export function fontSetup(): string {
	return (['Regular', 'Bold'] as const)
		.flatMap((weight) => fontCandidates[weight].map((candidate) => `${candidate.file}:${existsSync(candidate.file)}`))
		.join();
}

const systemFaces = new Map<number, Face | null>();

/** Any installed font with the character, through fontconfig; null if none (or no fontconfig). */
function systemFace(codePoint: number): Face | null {
	let face = systemFaces.get(codePoint);
	if (face === undefined) {
		face = null;
		try {
			const files = execFileSync('fc-list', [`:charset=${codePoint.toString(16)}`, 'file'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
				.split('\n')
				.map((line) => line.replace(/:\s*$/, '').trim())
				.filter((file) => /\.(ttf|otf|ttc)$/i.test(file))
				.sort((a, b) => Number(/sans/i.test(b)) - Number(/sans/i.test(a)) || a.localeCompare(b));
			for (const file of files) {
				const candidate = open({ file });
				if (candidate?.hasGlyphForCodePoint(codePoint)) {
					face = candidate;
					break;
				}
			}
		} catch {
			// No fontconfig: the character has no font.
		}
		systemFaces.set(codePoint, face);
	}
	return face;
}

/** Characters drawn with the one before them: combining marks, joiners, variation selectors. */
const joinsPrevious = /^(?:\p{M}|\u200d|[\ufe00-\ufe0f]|[\u{e0020}-\u{e007f}]|[\u{1f3fb}-\u{1f3ff}])$/u;

const skinTone = /[\u{1f3fb}-\u{1f3ff}]/u;

/** The font for a character: the first of the chain that has it, else any installed one. */
export function faceFor(char: string, weight: Weight): Face | undefined {
	const codePoint = char.codePointAt(0)!;
	return fontChain(weight).find((face) => face.hasGlyphForCodePoint(codePoint)) ?? systemFace(codePoint) ?? undefined;
}

/** The text split into runs of one font each; a character no font has goes to the first font (drawn as its "missing" box). */
export function fontRuns(text: string, weight: Weight): { face: Face; text: string }[] {
	const runs: { face: Face; text: string }[] = [];
	const fallback = fontChain(weight)[0];
	for (const char of text) {
		const last = runs.at(-1);
		// A skin-tone modifier after an emoji: the outline font draws the emoji without it rather than as a swatch beside it.
		if (last && skinTone.test(char)) continue;
		if (last && joinsPrevious.test(char)) {
			last.text += char;
			continue;
		}
		// Spaces in the main font: inside a right-to-left run, a trailing space would be laid out on its left.
		const face = /\s/.test(char) ? (fallback ?? last?.face) : (faceFor(char, weight) ?? fallback);
		if (!face) continue;
		if (last?.face === face) last.text += char;
		else runs.push({ face, text: char });
	}
	return runs;
}

/** Characters of a text that no installed font can draw. */
export function uncoveredCharacters(text: string, weight: Weight): string[] {
	return [...new Set([...text].filter((char) => !/\s/.test(char) && !joinsPrevious.test(char) && faceFor(char, weight) === undefined))];
}

/** Width of a text in ems, laid out run by run. */
export function measureRuns(text: string, weight: Weight): number {
	let width = 0;
	for (const run of fontRuns(text, weight))
		width += run.face.layout(run.text).positions.reduce((sum, position) => sum + position.xAdvance, 0) / run.face.unitsPerEm;
	return width;
}

/** A line of text as one SVG path of glyph outlines, starting at (x, y), `size` pixels high. */
export function outlinePath(text: string, x: number, y: number, size: number, weight: Weight): string {
	let pen = x;
	let d = '';
	for (const run of fontRuns(text, weight)) {
		const scale = size / run.face.unitsPerEm;
		const laid = run.face.layout(run.text);
		laid.glyphs.forEach((glyph, index) => {
			d += glyph.path.scale(scale, -scale).translate(pen, y).toSVG();
			pen += laid.positions[index]!.xAdvance * scale;
		});
	}
	return d;
}
