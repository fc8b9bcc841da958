/**
 * Citation numbering. An article's citing elements (`<Cite>`, and the claim boxes, charts and
 * timelines that cite their own sources) are listed in document order before the body renders;
 * from that list this module derives the number of every source (order of first use), the id
 * of every marker, and the back-links of every source-list entry.
 */

/** One element in an article that cites sources, in document order. */
export interface CitingElement {
	/** Position among the article's citing elements, counted from 0. */
	occurrence: number;
	/** Sources cited by the element, in the order its markers appear. */
	sourceIds: readonly string[];
	/** A page, table or passage, for a `<Cite at="…">`. */
	locator?: string | undefined;
}

/** One rendered marker. */
export interface CitationRef {
	/** The marker's element id, the target of the source list's back-link. */
	refId: string;
	sourceId: string;
	/** The source's number in this article. */
	number: number;
	locator?: string | undefined;
}

/** Everything the markers and the source list need, serialisable. */
export interface CitationPlan {
	/** Source ids in order of first use; the source numbered n is at index n - 1. */
	order: string[];
	/** Markers of each citing element, indexed by occurrence. */
	refsByOccurrence: CitationRef[][];
	/** Marker ids per source, in document order, for the back-links. */
	backlinks: Record<string, string[]>;
}

/** The element id of a marker: `cite-<occurrence>-<index within the element>`. */
export function refId(occurrence: number, index: number): string {
	return `cite-${occurrence}-${index}`;
}

/** The element id of a source-list entry. */
export function sourceAnchor(sourceId: string): string {
	return `source-${sourceId}`;
}

export function buildCitationPlan(elements: readonly CitingElement[]): CitationPlan {
	const numbers = new Map<string, number>();
	const backlinks: Record<string, string[]> = {};
	const refsByOccurrence: CitationRef[][] = [];
	elements.forEach((element, position) => {
		if (element.occurrence !== position) {
			throw new Error(`Citing elements out of order: expected occurrence ${position}, got ${element.occurrence}`);
		}
		refsByOccurrence.push(
			element.sourceIds.map((sourceId, index) => {
				let number = numbers.get(sourceId);
				if (number === undefined) {
					number = numbers.size + 1;
					numbers.set(sourceId, number);
				}
				const id = refId(element.occurrence, index);
				(backlinks[sourceId] ??= []).push(id);
				return { refId: id, sourceId, number, locator: element.locator };
			}),
		);
	});
	return { order: [...numbers.keys()], refsByOccurrence, backlinks };
}

/** Splits a `<Cite id="a b">` attribute into ids; commas are accepted as separators too. */
export function parseCiteIds(value: string): string[] {
	return value
		.split(/[\s,]+/)
		.map((id) => id.trim())
		.filter((id) => id.length > 0);
}

/** Letters for back-links when a source is cited more than once: a, b, …, z, aa, ab, … */
export function backlinkLabel(index: number): string {
	let label = '';
	let rest = index;
	do {
		label = String.fromCharCode(97 + (rest % 26)) + label;
		rest = Math.floor(rest / 26) - 1;
	} while (rest >= 0);
	return label;
}
