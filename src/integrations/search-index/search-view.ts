/**
 * The part of a page the search index is made from. Pagefind skips elements marked
 * `data-pagefind-ignore` and the content of scripts; on an article page those are more than
 * half the HTML (the source list, "Cite this", the JSON-LD). Handing Pagefind the page without
 * them gives the same index for less than half the parsing (the post-build tests compare the
 * two indexes byte for byte).
 */

const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Where the element whose start tag begins at `start` ends (after its end tag), or -1. */
function elementEnd(html: string, start: number, name: string): number {
	const tags = new RegExp(`<(/?)${name}(?=[\\s>/])[^>]*>`, 'gi');
	tags.lastIndex = start;
	let depth = 0;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		depth += tag[1] === '/' ? -1 : 1;
		if (depth === 0) return tag.index + tag[0].length;
	}
	return -1;
}

/**
 * The page without its ignored elements and scripts. An ignored element is kept where it holds
 * other Pagefind attributes (meta, filters), which Pagefind still reads inside it.
 */
export function searchView(html: string): string {
	let view = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
	const ignored = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
	for (let tag = ignored.exec(view); tag; tag = ignored.exec(view)) {
		const name = tag[1]!.toLowerCase();
		const end = voidElements.has(name) ? tag.index + tag[0].length : elementEnd(view, tag.index, name);
		if (end < 0) continue;
		if (/\sdata-pagefind-(?!ignore)/.test(view.slice(tag.index, end).replace(/\sdata-pagefind-ignore\b/, ''))) continue;
		view = view.slice(0, tag.index) + view.slice(end);
		ignored.lastIndex = tag.index;
	}
	return view;
}
