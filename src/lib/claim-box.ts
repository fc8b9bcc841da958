/**
 * What a claim box cites, in the order of its markers, and how those markers split between the
 * box's parts. The citation plan (content-index) and the claim box both read from here, so the
 * numbers a box prints are the ones the plan gave.
 */
import type { ClaimData } from '../schemas/claim.ts';
import type { CitationRef } from './citations.ts';
import { splitRefs } from './refs.ts';

/** The sources a claim box cites, in marker order: the claim's, then each part's, then "What changed since". */
export function claimBoxSourceIds(claim: ClaimData): string[] {
	return [...claim.sources, ...claim.subclaims.flatMap((part) => part.sources), ...(claim.since?.sources ?? [])];
}

/** A claim box's markers split into the claim's own, one group per part, and the "What changed since" part's. */
export function claimBoxRefs(claim: ClaimData, refs: readonly CitationRef[]): { own: CitationRef[]; parts: CitationRef[][]; since: CitationRef[] } {
	const [own = [], ...rest] = splitRefs(refs, [claim.sources.length, ...claim.subclaims.map((part) => part.sources.length), claim.since?.sources.length ?? 0]);
	const since = rest.pop() ?? [];
	return { own, parts: rest, since };
}
