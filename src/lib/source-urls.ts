/** Telling when two sources are the same page, however their addresses are written. */

/**
 * The address of a page with the differences that do not change which page it is taken out:
 * scheme and host case, a default port, a trailing slash, the fragment (`#…`) and the scheme
 * itself (http and https serve the same page). The query string stays: it can name another page.
 */
export function normalisedUrl(url: string): string {
	let parsed: URL;
	try {
		parsed = new URL(url.trim());
	} catch {
		return url.trim();
	}
	// URL already lower-cases the scheme and host and drops a default port for its own scheme.
	const port =
		parsed.port === '' || (parsed.protocol === 'http:' && parsed.port === '80') || (parsed.protocol === 'https:' && parsed.port === '443')
			? ''
			: `:${parsed.port}`;
	const host = parsed.hostname.replace(/\.$/, '');
	const path = parsed.pathname.replace(/\/+$/, '');
	return `//${host}${port}${path}${parsed.search}`;
}

export interface SourceForUrlCheck {
	id: string;
	filePath: string;
	data: { url: string; accessed: string };
}

/**
 * The first pair of sources that are the same page, or undefined. The older one (read first,
 * then by file name) is the original; the message tells the editor to cite it and remove the copy.
 */
export function duplicateSourceMessage(sources: Iterable<SourceForUrlCheck>): string | undefined {
	const ordered = [...sources].sort((a, b) => a.data.accessed.localeCompare(b.data.accessed) || a.filePath.localeCompare(b.filePath));
	const seen = new Map<string, SourceForUrlCheck>();
	for (const source of ordered) {
		const key = normalisedUrl(source.data.url);
		const original = seen.get(key);
		if (original) {
			const same = original.data.url === source.data.url ? '' : ` (written ${original.data.url} there)`;
			return `${source.filePath}: url: ${source.data.url} is the same page as source "${original.id}" in ${original.filePath}${same}; cite "${original.id}" instead and delete ${source.filePath}`;
		}
		seen.set(key, source);
	}
	return undefined;
}
