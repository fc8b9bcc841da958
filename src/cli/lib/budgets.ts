/** Page-weight budgets, measured on the built files (gzip level 9, as static hosts serve them). */
import { gzipSync } from 'node:zlib';

export const budgets = {
	/** Enhancement JavaScript a page loads, compressed. */
	scriptBytes: 10 * 1024,
	/** An article's HTML plus its stylesheets, compressed. */
	articleBytes: 60 * 1024,
} as const;

export function gzipSize(content: string | Uint8Array): number {
	return gzipSync(content, { level: 9 }).length;
}

export interface PageAssets {
	scripts: string[];
	stylesheets: string[];
	/** Hosts other than the page's own that the HTML points subresources at. */
	foreignSubresources: string[];
	/** Problems with images: missing dimensions, or eager loading below the first. */
	imageProblems: string[];
}

/** Subresources referenced by a page's HTML (scripts, stylesheets, images, fonts, frames). */
export function pageAssets(html: string): PageAssets {
	const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
	const tags = (name: string) => [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((match) => match[0]);
	const scripts = tags('script')
		.map((tag) => attribute(tag, 'src'))
		.filter((src): src is string => src !== undefined);
	const links = tags('link');
	const stylesheets = links.filter((tag) => /rel="stylesheet"/.test(tag)).map((tag) => attribute(tag, 'href')!);
	const loaded = [
		...scripts,
		...stylesheets,
		...links.filter((tag) => /rel="(preload|modulepreload|icon|manifest)"/.test(tag)).map((tag) => attribute(tag, 'href')!),
		...['img', 'iframe', 'source', 'video', 'audio', 'embed'].flatMap((name) => tags(name).map((tag) => attribute(tag, 'src') ?? '')),
	];
	const foreignSubresources = loaded.filter((url) => /^(https?:)?\/\//.test(url));
	const imageProblems = tags('img').flatMap((tag, index) => {
		const problems: string[] = [];
		if (!attribute(tag, 'width') || !attribute(tag, 'height')) problems.push(`image without width and height: ${tag}`);
		if (index > 0 && attribute(tag, 'loading') !== 'lazy') problems.push(`image below the first is not lazy: ${tag}`);
		return problems;
	});
	return { scripts, stylesheets, foreignSubresources, imageProblems };
}

/** `@font-face` sources in CSS that point at another host. */
export function foreignFonts(css: string): string[] {
	return [...css.matchAll(/@font-face\s*{[^}]*}/g)].flatMap((block) =>
		[...block[0].matchAll(/url\(["']?((?:https?:)?\/\/[^"')]+)/g)].map((match) => match[1]!),
	);
}

/** Static imports of an ES module (`import"./a.js"`, `from"./b.js"`), for following chunks. */
export function staticImports(code: string): string[] {
	return [...code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)].map((match) => match[1]!);
}
