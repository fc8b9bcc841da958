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
 *
 * One pass over the page: the elements to drop are listed, then the rest is joined once.
 * (Cutting each element out and searching the shortened page again cost a regex pass over the
 * whole page per element, a third of a cold build's rendering at 1,000 articles.)
 */
export function searchView(html: string): string {
	const page = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
	const ignored = /<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
	const kept: string[] = [];
	let from = 0;
	for (let tag = ignored.exec(page); tag; tag = ignored.exec(page)) {
		const name = tag[1]!.toLowerCase();
		const end = voidElements.has(name) ? tag.index + tag[0].length : elementEnd(page, tag.index, name);
		if (end < 0) continue;
		if (/\sdata-pagefind-(?!ignore)/.test(page.slice(tag.index, end).replace(/\sdata-pagefind-ignore\b/, ''))) continue;
		kept.push(page.slice(from, tag.index));
		// Nested elements go with it: the search goes on after its end.
		from = ignored.lastIndex = end;
	}
	kept.push(page.slice(from));
	return kept.join('');
}
