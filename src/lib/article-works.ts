/** The citable works of an article: the whole article and each h2/h3 section. */
import type { ArticleData } from '../schemas/article.ts';
import type { CitableWork } from './cite-this.ts';
import type { Heading } from './headings.ts';

/** Headings that are article sections (h2 and h3), not the page furniture after the body. */
export function articleSections(headings: readonly Heading[]): Heading[] {
	return headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
}

export function articleWorks(
	id: string,
	article: ArticleData,
	url: string,
	siteName: string,
	headings: readonly Heading[],
): { article: CitableWork; sections: { heading: Heading; work: CitableWork }[] } {
	const base = { updated: article.updated, siteName };
	return {
		article: { ...base, key: id, title: article.title, url },
		sections: articleSections(headings).map((heading) => ({
			heading,
			work: { ...base, key: `${id}--${heading.slug}`, title: heading.text, url: `${url}#${heading.slug}`, articleTitle: article.title },
		})),
	};
}
