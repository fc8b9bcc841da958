/**
 * Reading article sources outside the renderer.
 *
 * - The citation plan lists citing components with Sätteri, the parser that renders the site:
 *   the plan and the markers then see the same tree, and it parses an article in well under a
 *   millisecond (unified takes about 8 ms, which adds up over thousands of articles).
 * - The editorial linter parses with unified + remark-mdx + remark-gfm, so tables and footnotes
 *   parse as GFM defines them and positions are exact.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import type { Heading } from './headings.ts';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses an MDX body (without frontmatter) with unified. Syntax errors carry line and column. */
export function parseMdx(source: string): Root {
	return processor.runSync(processor.parse(source)) as Root;
}

/** Components that cite sources, whose markers take part in numbering. */
export const citingComponents = ['Cite', 'ClaimReview', 'Chart', 'Timeline'] as const;
export type CitingComponent = (typeof citingComponents)[number];

/** A citing component found in the source, in document order. */
export interface CitingTag {
	name: CitingComponent;
	/** String attributes; expression attributes are refused so the plan can be computed statically. */
	attributes: Record<string, string>;
	line: number | undefined;
}

type MdxNode = RootContent | Root;

function isCitingComponent(name: string | null | undefined): name is CitingComponent {
	return (citingComponents as readonly (string | null | undefined)[]).includes(name);
}

function textOf(node: MdxNode): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	return 'children' in node ? node.children.map((child) => textOf(child as MdxNode)).join('') : '';
}

/** Lists `<Cite>`, `<ClaimReview>`, `<Chart>` and `<Timeline>` tags of an MDX body in document order. */
export function findCitingTags(source: string): CitingTag[] {
	return scanMdx(source).tags;
}

/**
 * One Sätteri parse of an MDX body: its citing components in document order, and its headings
 * with the ids the renderer gives them (github-slugger over every heading, in order, as
 * Astro's Sätteri heading-id plugin does), and the tree. Tags' lines are counted from
 * `firstLine`, the line of the file on which the body starts.
 */
export function scanMdx(source: string, firstLine = 1): { tags: CitingTag[]; headings: Heading[]; tree: Root } {
	const shift = (line: number | undefined) => (line === undefined ? undefined : line + firstLine - 1);
	const tree = mdxToMdast(source, { position: true }) as unknown as Root;
	const tags: CitingTag[] = [];
	const headings: Heading[] = [];
	const slugger = new GithubSlugger();
	const walk = (node: MdxNode): void => {
		if (node.type === 'heading') {
			const text = textOf(node);
			headings.push({ depth: node.depth, slug: slugger.slug(text), text });
		}
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isCitingComponent(node.name)) {
			const attributes: Record<string, string> = {};
			for (const attribute of node.attributes) {
				if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
					const line = shift(node.position?.start.line);
					throw new Error(`<${node.name}> on line ${line ?? '?'}: attributes must be plain strings, such as id="source-id"`);
				}
				attributes[attribute.name] = attribute.value;
			}
			tags.push({ name: node.name, attributes, line: shift(node.position?.start.line) });
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	return { tags, headings, tree };
}

/**
 * The line of the file on which an article's body starts. Astro hands over the body trimmed,
 * without the frontmatter, so lines counted in it are off by the frontmatter's length.
 */
export function bodyStartLine(fileText: string, body: string): number {
	const frontmatterEnd = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(fileText)?.[0].length ?? 0;
	const start = body === '' ? -1 : fileText.indexOf(body, frontmatterEnd);
	if (start < 0) return 1;
	let line = 1;
	for (let index = fileText.indexOf('\n'); index !== -1 && index < start; index = fileText.indexOf('\n', index + 1)) line++;
	return line;
}
