/**
 * The editorial rule behind `npm run lint:content`: every paragraph, list item or table row that
 * states a number, a percentage or a date carries a citation. Pure; the CLI does the file work.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { citingComponents, parseMdx } from './mdx.ts';

export interface Block {
	kind: 'paragraph' | 'list item' | 'table row';
	line: number;
	column: number;
	/** The block's text, shortened for messages. */
	excerpt: string;
	/** The block's whole visible text, spaces squashed, for matching an exception. */
	text: string;
	cited: boolean;
}

const citing = new Set<string>(citingComponents);
/** Digits in any script (ASCII and full-width), which is how figures and dates are written. */
const statesAFigure = /\p{Nd}/u;

/** Blank out frontmatter but keep its lines, so reported line numbers match the file. */
export function stripFrontmatter(source: string): string {
	const match = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(source);
	return match ? match[0].replace(/[^\n]/g, '') + source.slice(match[0].length) : source;
}

function isJsx(node: Nodes): node is Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }> {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** Text a reader sees in the block, leaving out quotations (`<Quote>`) and component attributes. */
function visibleText(node: Nodes): string {
	if (node.type === 'text' || node.type === 'inlineCode') return node.value;
	if (isJsx(node) && (node.name === 'Quote' || citing.has(node.name ?? ''))) return '';
	if ('children' in node) return (node.children as Nodes[]).map(visibleText).join('');
	return '';
}

function containsCitation(node: Nodes): boolean {
	if (isJsx(node) && citing.has(node.name ?? '')) return true;
	return 'children' in node && (node.children as Nodes[]).some(containsCitation);
}

/** Lists the factual blocks of an MDX article (frontmatter included or not). */
export function factualBlocks(source: string): Block[] {
	return factualBlocksIn(parseMdx(stripFrontmatter(source)));
}

/**
 * Lists the factual blocks of a parsed MDX body: the same rule over a tree from unified (the
 * linter) or Sätteri (the build), which parse articles alike.
 */
export function factualBlocksIn(tree: Root): Block[] {
	const blocks: Block[] = [];
	const add = (kind: Block['kind'], node: Nodes, text: string) => {
		if (!statesAFigure.test(text)) return;
		const squashed = text.replace(/\s+/g, ' ').trim();
		blocks.push({
			kind,
			line: node.position?.start.line ?? 0,
			column: node.position?.start.column ?? 0,
			excerpt: squashed.length > 80 ? `${squashed.slice(0, 77)}…` : squashed,
			text: squashed,
			cited: containsCitation(node),
		});
	};
	const walk = (node: Nodes): void => {
		if (isJsx(node) && node.name === 'Quote') return;
		if (node.type === 'heading' || node.type === 'code') return;
		if (node.type === 'table') {
			// The first row is the header: column labels such as years are not statements.
			for (const row of node.children.slice(1)) add('table row', row, visibleText(row));
			return;
		}
		if (node.type === 'listItem') {
			const own = node.children.filter((child) => child.type !== 'list');
			const text = own.map(visibleText).join(' ');
			add('list item', { ...node, children: own }, text);
			for (const child of node.children) if (child.type === 'list') walk(child);
			return;
		}
		if (node.type === 'paragraph') {
			add('paragraph', node, visibleText(node));
			return;
		}
		if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
	};
	walk(tree);
	return blocks;
}

export interface Coverage {
	cited: number;
	total: number;
	/** cited ÷ total, 1 when there is nothing to cite. */
	ratio: number;
}

export function coverage(blocks: readonly Block[]): Coverage {
	const cited = blocks.filter((block) => block.cited).length;
	return { cited, total: blocks.length, ratio: blocks.length === 0 ? 1 : cited / blocks.length };
}

/** A reviewed exception: a factual block that needs no citation, and why (`uncited_blocks` in the frontmatter). */
export interface CitationException {
	/** The start of the block's visible text, as written. */
	starts_with: string;
	/** Why it needs no citation. */
	reason: string;
}

export interface CitationCheck {
	/** Factual blocks without a citation and without an exception. */
	uncited: Block[];
	/** Blocks excused by an exception, with it. */
	excused: { block: Block; exception: CitationException }[];
	/** Exceptions that match no uncited factual block (stale, or mistyped). */
	unused: CitationException[];
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The per-article rule, in the build and in `lint:content`: every factual block cites a source,
 * unless the article lists it as a reviewed exception. An exception matches an uncited factual
 * block whose text starts with its `starts_with`.
 */
export function checkCitations(blocks: readonly Block[], exceptions: readonly CitationException[] = []): CitationCheck {
	const used = new Set<CitationException>();
	const uncited: Block[] = [];
	const excused: CitationCheck['excused'] = [];
	for (const block of blocks) {
		if (block.cited) continue;
		const exception = exceptions.find((candidate) => block.text.startsWith(squash(candidate.starts_with)));
		if (exception) {
			used.add(exception);
			excused.push({ block, exception });
		} else uncited.push(block);
	}
	return { uncited, excused, unused: exceptions.filter((exception) => !used.has(exception)) };
}

/** The coverage of the blocks, counting excused blocks as cited. */
export function coverageWithExceptions(blocks: readonly Block[], check: CitationCheck): Coverage {
	const excused = new Set(check.excused.map(({ block }) => block));
	return coverage(blocks.map((block) => (excused.has(block) ? { ...block, cited: true } : block)));
}
