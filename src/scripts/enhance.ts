/**
 * Progressive enhancement, the site's only script. Without it every feature still works:
 * section links are plain anchors and citations are selectable text.
 * - Section links (`[data-copy-link]`) also copy their full URL to the clipboard.
 * - Blocks marked `[data-copy="what it is"]` (citations, share lines) get a "Copy" button
 *   whose accessible name says what it copies.
 * - The language link (`[data-language-link]`) on an article goes to the same section in the
 *   other language: each heading carries its twin's anchor in `data-twin`.
 * Its words come from the page's dictionary, in `<body data-ui>` (src/i18n/, key `script`).
 */
const strings = JSON.parse(document.body.dataset['ui'] ?? '{}') as Record<
	'copy' | 'copyPrefix' | 'copied' | 'copiedAnnouncement' | 'linkCopied' | 'copyUnavailable',
	string
>;
const announcer = document.createElement('p');
announcer.className = 'sr-only';
announcer.setAttribute('role', 'status');
document.body.append(announcer);

/** Copies text and announces the result; true when it was copied. */
async function copy(text: string, announce: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		announcer.textContent = announce;
		return true;
	} catch {
		announcer.textContent = strings.copyUnavailable;
		return false;
	}
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
	link.addEventListener('click', () => {
		void copy(link.href, strings.linkCopied);
	});
}

for (const block of document.querySelectorAll<HTMLElement>('[data-copy]')) {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-button';
	button.textContent = strings.copy;
	// "Copy" alone would be ambiguous next to several blocks; name what is copied.
	if (block.dataset['copy']) button.setAttribute('aria-label', `${strings.copyPrefix}${block.dataset['copy']}`);
	button.addEventListener('click', () => {
		void copy(block.textContent?.trim() ?? '', strings.copiedAnnouncement).then((copied) => {
			if (!copied) return;
			// Say so on the button too, for sighted users; back to "Copy" after a moment.
			button.textContent = strings.copied;
			button.classList.add('is-copied');
			window.setTimeout(() => {
				button.textContent = strings.copy;
				button.classList.remove('is-copied');
			}, 2000);
		});
	});
	block.after(button);
}

/**
 * The section the reader is in: the last heading (with a twin) above the top of the window,
 * or none in the introduction.
 */
function currentSection(): HTMLElement | undefined {
	let current: HTMLElement | undefined;
	for (const heading of document.querySelectorAll<HTMLElement>('[data-twin]')) {
		if (heading.getBoundingClientRect().top > 80) break;
		current = heading;
	}
	return current;
}

const languageLink = document.querySelector<HTMLAnchorElement>('a[data-language-link]');
const header = document.querySelector<HTMLElement>('.site-header');
if (languageLink && document.querySelector('[data-twin]')) {
	const base = languageLink.href.split('#')[0]!;
	// The section the reader last stopped in. Scrolling back up to the header to use the link
	// does not count as stopping: the link keeps the section that was being read.
	let twin: string | undefined;
	const setTwin = (value: string | undefined) => {
		twin = value;
		languageLink.href = twin ? `${base}#${twin}` : base;
	};
	const fromHash = () => {
		const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
		setTwin(target?.dataset['twin'] ?? twin);
	};
	let timer: number | undefined;
	const settle = () => {
		const headerInView = header !== null && header.getBoundingClientRect().bottom > 0;
		if (!headerInView) setTwin(currentSection()?.dataset['twin']);
	};
	fromHash();
	window.addEventListener('hashchange', fromHash);
	window.addEventListener(
		'scroll',
		() => {
			window.clearTimeout(timer);
			timer = window.setTimeout(settle, 300);
		},
		{ passive: true },
	);
}

export {};
