import type { CitationPlan, CitationRef } from './citations.ts';

/**
 * The markers a citing component renders, checked against what it expects to cite. A mismatch
 * means the renderer and the citation plan read the article differently: fail rather than
 * print a wrong number.
 */
export function markersFor(
	plan: CitationPlan | undefined,
	occurrence: string | number | undefined,
	expectedSourceIds: readonly string[],
	component: string,
): CitationRef[] {
	if (!plan) throw new Error(`<${component}> needs an article page: the citation plan is missing`);
	const index = Number(occurrence);
	const refs = Number.isInteger(index) ? plan.refsByOccurrence[index] : undefined;
	const found = refs?.map((ref) => ref.sourceId) ?? [];
	if (!refs || found.join(' ') !== expectedSourceIds.join(' ')) {
		throw new Error(`<${component}> occurrence ${String(occurrence)}: expected sources [${expectedSourceIds.join(', ')}], the plan has [${found.join(', ')}]`);
	}
	return refs;
}
