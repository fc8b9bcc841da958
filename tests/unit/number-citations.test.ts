import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { findCitingTags, scanMdx } from '../../src/lib/mdx.ts';
import { numberCitations } from '../../src/plugins/number-citations.ts';

const source = `Intro <Cite id="a" />.

<Chart dataset="adoption" />

| A | B |
| - | - |
| 1 | 2 <Cite id="b" at="p. 3" /> |

- item <Cite id="c" />

<ClaimReview id="x" />

Inline again <Cite id="a b" /> and <Quote lang="de" translation="t">q</Quote>.
`;

describe('number-citations plugin', () => {
	it('stamps occurrences in the same order as the citation plan lists the tags', async () => {
		const { code } = await mdxToJs(source, { mdastPlugins: [numberCitations] });
		const occurrences = [...code.matchAll(/occurrence: "(\d+)"/g)].map((match) => Number(match[1]));
		expect(occurrences).toEqual([0, 1, 2, 3, 4, 5]);
		const planOrder = findCitingTags(source).map((tag) => tag.name);
		expect(findCitingTags(source).map((tag) => tag.line)).toEqual([1, 3, 7, 9, 11, 13]);
		expect(findCitingTags(source)[2]?.attributes).toEqual({ id: 'b', at: 'p. 3' });
		expect(planOrder).toEqual(['Cite', 'Chart', 'Cite', 'Cite', 'ClaimReview', 'Cite']);
		const renderOrder = [...code.matchAll(/(Cite|Chart|ClaimReview|Timeline), \{[^}]*?occurrence: "(\d+)"/g)].map((match) => [match[1], Number(match[2])]);
		expect(renderOrder).toEqual(planOrder.map((name, index) => [name, index]));
	});
	it('leaves plain Markdown alone', async () => {
		const { code } = await mdxToJs('Just text.', { mdastPlugins: [numberCitations] });
		expect(code).not.toMatch(/occurrence/);
	});
});

describe('scanMdx headings', () => {
	it('gives headings the ids the renderer gives them, duplicates numbered', () => {
		const { headings } = scanMdx('## The card\n\ntext\n\n### What `it` holds (2016)\n\n## The card\n');
		expect(headings).toEqual([
			{ depth: 2, slug: 'the-card', text: 'The card' },
			{ depth: 3, slug: 'what-it-holds-2016', text: 'What it holds (2016)' },
			{ depth: 2, slug: 'the-card-1', text: 'The card' },
		]);
	});
});
