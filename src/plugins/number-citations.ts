/**
 * Sätteri mdast plugin: stamps each citing component (`<Cite>`, `<ClaimReview>`, `<Chart>`,
 * `<Timeline>`) in an article with `occurrence="<n>"`, its position in document order. The
 * page computes the citation plan from the same MDX before rendering (src/lib/mdx.ts lists the
 * same tags in the same order), and each component looks up its markers by that number. This
 * keeps numbering independent of the order in which components happen to render.
 */
import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { citingComponents } from '../lib/mdx.ts';

const citing = new Set<string>(citingComponents);

export const numberCitations: MdastPluginEntry = (context) => {
	if (context.sourceFormat !== 'mdx') return null;
	let next = 0;
	// Attributes cannot be set in place, so the element is replaced by a copy with one more
	// attribute. Citing components take no children, so none are lost.
	const stamp = <N extends MdxJsxFlowElement | MdxJsxTextElement>(node: Readonly<N>): N | undefined => {
		if (!node.name || !citing.has(node.name)) return undefined;
		if (node.children.length > 0) throw new Error(`<${node.name}> takes no content; write it as <${node.name} … />`);
		const attributes = node.attributes
			.filter((attribute) => !(attribute.type === 'mdxJsxAttribute' && attribute.name === 'occurrence'))
			.map((attribute) => ({ ...attribute }));
		attributes.push({ type: 'mdxJsxAttribute', name: 'occurrence', value: String(next++) });
		return { type: node.type, name: node.name, attributes, children: [] } as unknown as N;
	};
	return defineMdastPlugin({
		name: 'number-citations',
		mdxJsxFlowElement: (node, ctx) => {
			const copy = stamp(node);
			if (copy) ctx.replaceNode(node, copy);
		},
		mdxJsxTextElement: (node, ctx) => {
			const copy = stamp(node);
			if (copy) ctx.replaceNode(node, copy);
		},
	});
};
