import type { CitationRef } from './citations.ts';

/**
 * Splits a component's markers into consecutive groups of the given sizes: a claim box's own
 * sources then each part's, or a timeline's incidents. Fails if the counts do not add up.
 */
export function splitRefs(refs: readonly CitationRef[], sizes: readonly number[]): CitationRef[][] {
	const total = sizes.reduce((sum, size) => sum + size, 0);
	if (total !== refs.length) throw new Error(`Expected ${total} citation markers, got ${refs.length}`);
	let offset = 0;
	return sizes.map((size) => {
		const group = refs.slice(offset, offset + size);
		offset += size;
		return group;
	});
}
