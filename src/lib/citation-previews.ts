/**
 * Citation previews: one popover per source (and per locator, for `<Cite at="…">`) on a page,
 * shared by every marker that cites it, so the HTML grows with the sources, not the markers.
 */
import type { CitationPlan, CitationRef } from './citations.ts';

/** One preview to render: the source, the locator it is cited at, and its number on the page. */
export interface CitationPreview {
	id: string;
	sourceId: string;
	number: number;
	locator?: string | undefined;
}

/**
 * Element id of the preview of a marker: `preview-<source number>`, plus the locator as a slug.
 * Short, as every marker repeats it twice; previews are not link targets, so the ids need not
 * outlive a renumbering.
 */
export function previewId(ref: Pick<CitationRef, 'number' | 'locator'>): string {
	const locator = ref.locator
		?.toLowerCase()
		.normalize('NFKC')
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-|-$/g, '');
	return locator ? `preview-${ref.number}--${locator}` : `preview-${ref.number}`;
}

/** Element id of a preview's title, which describes every marker that opens it. */
export function previewTitleId(ref: Pick<CitationRef, 'number' | 'locator'>): string {
	return `${previewId(ref)}-title`;
}

/** The previews a page needs, in order of first use. */
export function citationPreviews(plan: CitationPlan): CitationPreview[] {
	const previews = new Map<string, CitationPreview>();
	for (const refs of plan.refsByOccurrence) {
		for (const ref of refs) {
			const id = previewId(ref);
			if (!previews.has(id)) previews.set(id, { id, sourceId: ref.sourceId, number: ref.number, locator: ref.locator });
		}
	}
	return [...previews.values()];
}
