/**
 * Checks of an article's text that the build runs on every article, on the tree the citation
 * plan is computed from: the text is safe (src/lib/safe-markup.ts), and every factual block
 * cites a source or is a reviewed exception (the rule of `npm run lint:content`).
 */
import type { Root } from 'mdast';
import { checkCitations, factualBlocksIn, type CitationException } from './lint.ts';
import { unsafeMarkup } from './safe-markup.ts';

/**
 * Every problem with an article's text, one message each, with the line of the file
 * (`firstLine` is the line on which the body starts). Empty when the text is fine.
 */
export function articleTextProblems(filePath: string, tree: Root, firstLine: number, exceptions: readonly CitationException[]): string[] {
	const at = (line: number | undefined) => `${filePath}${line === undefined ? '' : `:${line + firstLine - 1}`}`;
	const problems = unsafeMarkup(tree).map((problem) => `${at(problem.line)}: ${problem.message}`);
	const check = checkCitations(factualBlocksIn(tree), exceptions);
	for (const block of check.uncited) {
		problems.push(
			`${at(block.line)}: uncited ${block.kind} states a figure or date: "${block.excerpt}"; cite its source with <Cite id="…" />, or list it under uncited_blocks with a reason`,
		);
	}
	for (const exception of check.unused) {
		problems.push(`${filePath}: uncited_blocks: "${exception.starts_with}" matches no uncited factual block; remove it or correct the text`);
	}
	return problems;
}
