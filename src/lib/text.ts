/** Plain text from a small HTML fragment (a heading's rendered content). */
export function plainText(html: string): string {
	return (
		html
			.replace(/<[^>]*>/g, '')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&#39;|&#x27;/g, "'")
			// Last, so that an escaped entity such as &amp;lt; stays the text "&lt;".
			.replace(/&amp;/g, '&')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

/** Text as a sentence: a full stop is added unless it already ends in . ? ! or …, so "Why?" never becomes "Why?.". */
export function asSentence(text: string): string {
	const trimmed = text.trim();
	return /[.?!…。？！]["”’)]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
