/** Corrections and verdict changes across all articles, newest first, for the page and its feed. */
import type { ArticleData } from '../schemas/article.ts';

/** How each kind of change is named on pages and in feeds. */
export const changeLabels = { update: 'Update', correction: 'Correction', 'verdict-change': 'Verdict changed' } as const;

export interface CorrectionEntry {
	articleId: string;
	articleTitle: string;
	date: string;
	kind: 'correction' | 'verdict-change';
	summary: string;
}

export function collectCorrections(articles: readonly { id: string; data: ArticleData }[]): CorrectionEntry[] {
	return articles
		.flatMap((article) =>
			article.data.changelog
				.filter((change): change is typeof change & { kind: CorrectionEntry['kind'] } => change.kind !== 'update')
				.map((change) => ({ articleId: article.id, articleTitle: article.data.title, ...change })),
		)
		.sort((a, b) => b.date.localeCompare(a.date) || a.articleId.localeCompare(b.articleId));
}
