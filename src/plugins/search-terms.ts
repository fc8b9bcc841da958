/**
 * Sätteri mdast plugin: gives every HTML element written with `lang="ja"` in an article (the
 * site's way of marking Japanese terms) a `data-search-terms` attribute listing its words
 * (src/lib/search-terms.ts), and tells Pagefind to index that attribute
 * (`data-pagefind-index-attrs`). Readers see and hear the term unchanged; the search index gets
 * words it can match, so a search for 保険証 finds the pages that write 健康保険証.
 */
import { defineMdastPlugin, type MdastPluginEntry, type MdxJsxFlowElement, type MdxJsxTextElement } from 'satteri';
import { japaneseSearchTerms } from '../lib/search-terms.ts';

type Element = MdxJsxFlowElement | MdxJsxTextElement;

/** The plain text inside an element. */
function textOf(node: { type: string; value?: unknown; children?: unknown[] }): string {
	if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
	return (node.children ?? []).map((child) => textOf(child as typeof node)).join('');
}

const isJapanese = (node: Readonly<Element>) =>
	node.attributes.some(
		(attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'lang' && typeof attribute.value === 'string' && /^ja\b/.test(attribute.value),
	);

export const searchTerms: MdastPluginEntry = (context) => {
	if (context.sourceFormat !== 'mdx') return null;
	// Only plain HTML elements: components (capitalised) decide their own markup.
	const withTerms = <N extends Element>(node: Readonly<N>): N | undefined => {
		if (!node.name || !/^[a-z]/.test(node.name) || !isJapanese(node)) return undefined;
		const terms = japaneseSearchTerms(textOf(node as never));
		if (terms.length === 0) return undefined;
		const attributes = node.attributes
			.filter(
				(attribute) => !(attribute.type === 'mdxJsxAttribute' && (attribute.name === 'data-search-terms' || attribute.name === 'data-pagefind-index-attrs')),
			)
			.map((attribute) => ({ ...attribute }));
		attributes.push({ type: 'mdxJsxAttribute', name: 'data-search-terms', value: terms.join(' ') });
		attributes.push({ type: 'mdxJsxAttribute', name: 'data-pagefind-index-attrs', value: 'data-search-terms' });
		return { ...node, attributes } as N;
	};
	return defineMdastPlugin({
		name: 'search-terms',
		mdxJsxFlowElement: (node, ctx) => {
			const copy = withTerms(node);
			if (copy) ctx.replaceNode(node, copy);
		},
		mdxJsxTextElement: (node, ctx) => {
			const copy = withTerms(node);
			if (copy) ctx.replaceNode(node, copy);
		},
	});
};
