/**
 * Search with Pagefind's browser API: the index is static files on this site, so no query
 * leaves the browser. Results are rendered as plain links; the form works as a normal GET form.
 */
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
}
interface PagefindResult {
	data: () => Promise<{ url: string; excerpt: string; meta: { title?: string }; sub_results?: PagefindSubResult[] }>;
}
interface Pagefind {
	search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const form = document.querySelector<HTMLFormElement>('.search-form');
const input = document.querySelector<HTMLInputElement>('#search-input');
const output = document.querySelector<HTMLElement>('#search-results');
// Only the count is announced; the list itself is there to browse.
const status = document.querySelector<HTMLElement>('#search-status');
document.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
// The words around the results, in the page's language (src/i18n/, key `search.script`).
// `quoted` is the dictionary's quotation marks around `%s` ("“%s”", "„%s“"), so the query is quoted as every other quote on the page.
const strings = JSON.parse(form?.dataset['strings'] ?? '{}') as Record<'result' | 'results' | 'resultsFor' | 'noIndex' | 'quoted', string>;
// Pagefind picks the index of the page's language (<html lang>): German pages search German pages, with German stemming.

async function loadPagefind(): Promise<Pagefind> {
	const path = '/pagefind/pagefind.js';
	return (await import(/* @vite-ignore */ path)) as Pagefind;
}

/**
 * A result's excerpt: Pagefind escapes page text and adds only <mark> around matches. Citation
 * markers are left out of the index, and the space a sentence has before its marker would stand
 * before the full stop after it ("in 2015 ."): that space goes.
 */
function excerptOf(html: string): HTMLParagraphElement {
	const excerpt = document.createElement('p');
	excerpt.innerHTML = html;
	const text = document.createTreeWalker(excerpt, NodeFilter.SHOW_TEXT);
	for (let node = text.nextNode(); node; node = text.nextNode()) {
		(node as Text).data = (node as Text).data.replace(/\s+(?=[.,;:!?)\]])/g, '');
	}
	return excerpt;
}

async function run(query: string): Promise<void> {
	if (!output) return;
	output.replaceChildren();
	if (!query.trim()) return;
	let pagefind: Pagefind;
	try {
		pagefind = await loadPagefind();
	} catch {
		output.textContent = strings.noIndex;
		return;
	}
	const { results } = await pagefind.search(query);
	const heading = document.createElement('h2');
	heading.textContent = `${results.length} ${results.length === 1 ? strings.result : strings.results} ${strings.resultsFor} ${strings.quoted.split('%s').join(query)}`;
	const list = document.createElement('ol');
	list.className = 'search-results';
	for (const result of results.slice(0, 20)) {
		const data = await result.data();
		const item = document.createElement('li');
		const link = document.createElement('a');
		link.href = data.url;
		link.textContent = data.meta.title ?? data.url;
		item.append(link, excerptOf(data.excerpt));
		// The sections that match, each linking to its heading (Pagefind's sub-results; the first
		// is the page's text before its first heading when that matched, which the page link covers).
		const sections = (data.sub_results ?? []).filter((section) => new URL(section.url, location.href).hash !== '').slice(0, 3);
		if (sections.length > 0) {
			const sublist = document.createElement('ul');
			sublist.className = 'search-sections';
			for (const section of sections) {
				const subitem = document.createElement('li');
				const sublink = document.createElement('a');
				sublink.href = section.url;
				sublink.textContent = section.title;
				// A section whose excerpt is the page's own, shown just above, is listed by its link alone.
				subitem.append(sublink);
				if (section.excerpt !== data.excerpt) subitem.append(excerptOf(section.excerpt));
				sublist.append(subitem);
			}
			item.append(sublist);
		}
		list.append(item);
	}
	output.append(heading, list);
	if (status) status.textContent = heading.textContent;
}

const initial = new URLSearchParams(location.search).get('q') ?? '';
if (input) input.value = initial;
void run(initial);
form?.addEventListener('submit', (event) => {
	event.preventDefault();
	const query = input?.value ?? '';
	history.replaceState(null, '', `?q=${encodeURIComponent(query)}`);
	void run(query);
});

export {};
