/** Table-of-contents tree from flat headings: h2 entries with their h3 children. */
import type { Heading } from './headings.ts';

export interface TocItem extends Heading {
	children: Heading[];
}

export function tocTree(headings: readonly Heading[]): TocItem[] {
	const tree: TocItem[] = [];
	for (const heading of headings) {
		if (heading.depth === 2) tree.push({ ...heading, children: [] });
		else if (heading.depth === 3) tree.at(-1)?.children.push(heading);
	}
	return tree;
}

/** Reading time at 230 words a minute, rounded up, for the text of an MDX body. */
export function readingMinutes(text: string): number {
	const words = text
		.replace(/<[^>]+>/g, ' ')
		.split(/\s+/)
		.filter((word) => /\p{L}|\p{N}/u.test(word)).length;
	return Math.max(1, Math.ceil(words / 230));
}
