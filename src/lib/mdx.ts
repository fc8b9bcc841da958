/**
 * One MDX parser for everything that reads article sources outside the renderer: the citation
 * plan and the editorial linter. unified + remark-mdx + remark-gfm, so tables and footnotes
 * parse as they render.
 */
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses an MDX body (without frontmatter). Syntax errors carry line and column. */
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

/** Lists `<Cite>`, `<ClaimReview>`, `<Chart>` and `<Timeline>` tags in document order. */
export function findCitingTags(tree: Root): CitingTag[] {
	const tags: CitingTag[] = [];
	const walk = (node: MdxNode): void => {
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && isCitingComponent(node.name)) {
			const attributes: Record<string, string> = {};
			for (const attribute of node.attributes) {
				if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'string') {
					const line = node.position?.start.line;
					throw new Error(
						`<${node.name}> on line ${line ?? '?'}: attributes must be plain strings, such as id="source-id"`,
					);
				}
				attributes[attribute.name] = attribute.value;
			}
			tags.push({ name: node.name, attributes, line: node.position?.start.line });
		}
		if ('children' in node) for (const child of node.children) walk(child);
	};
	walk(tree);
	return tags;
}
