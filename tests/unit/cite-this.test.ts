import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationStyles, formatCitationsOfWorks, type CitableWork } from '../../src/lib/cite-this.ts';

const article: CitableWork = {
	key: 'fact-check',
	title: 'Fact-check: Is Japan forcing My Number on everyone?',
	url: 'https://example.org/articles/fact-check/',
	updated: '2026-12-02',
	siteName: 'My Number Facts',
};
const section: CitableWork = { ...article, key: 'fact-check--the-figure', title: 'The 49 percent figure', url: `${article.url}#the-figure`, articleTitle: article.title };

describe('cite this', () => {
	const [articleCitations, sectionCitations] = formatCitationsOfWorks([article, section], mkdtempSync(join(tmpdir(), 'citations-')));
	it('formats the article in every style, with the site and the URL', () => {
		expect(articleCitations!.map((citation) => citation.style)).toEqual(citationStyles.map((style) => style.id));
		for (const citation of articleCitations!) {
			expect(citation.text, citation.label).toMatch(/Is Japan forcing My Number on everyone\?/i);
			expect(citation.text, citation.label).toContain('My Number Facts');
			expect(citation.text, citation.label).toContain(article.url);
		}
	});
	it('names both the section and the article it belongs to, in every style', () => {
		for (const citation of sectionCitations!) {
			expect(citation.text, citation.label).toMatch(/The 49 percent figure/i);
			expect(citation.text, citation.label).toMatch(/Is Japan forcing My Number on everyone\?/i);
			expect(citation.text, citation.label).toContain(section.url);
		}
	});
});
