/**
 * Japanese words for the search index. Pagefind splits a page's text into words by the page's
 * language, so on an English page a Japanese term such as 健康保険証 is one long "word" that a
 * search for 保険証 cannot find. These helpers split Japanese text into dictionary words
 * (ICU's word segmenter, built into Node) and list every run of consecutive words, so that any
 * search that starts and ends on a word boundary — 保険証, 健康保険証, マイナ保険証 — matches.
 */

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });

/** Longest run of words listed; Japanese terms on this site have at most six. */
const maxRun = 6;

/** Text in a script that is written without spaces (kana, kanji). */
const unspaced = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]/;

/**
 * Every run of one or more consecutive words of Japanese `text`, each once, longest first within
 * its starting word, e.g. 健康保険証 → 健康保険証 健康保険 健康 保険証 保険 証. Text without Japanese gives none.
 */
export function japaneseSearchTerms(text: string): string[] {
	const terms = new Set<string>();
	for (const run of text.split(/[^\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]+/)) {
		if (!unspaced.test(run)) continue;
		const words = [...segmenter.segment(run)].filter((part) => part.isWordLike !== false).map((part) => part.segment);
		for (let start = 0; start < words.length; start++) {
			for (let end = Math.min(words.length, start + maxRun); end > start; end--) terms.add(words.slice(start, end).join(''));
		}
	}
	return [...terms];
}
