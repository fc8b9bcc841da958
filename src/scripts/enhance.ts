/**
 * Progressive enhancement, the site's only script. Without it every feature still works:
 * section links are plain anchors and citations are selectable text.
 * - Section links (`[data-copy-link]`) also copy their full URL to the clipboard.
 * - Blocks marked `[data-copy="what it is"]` (citations, share lines) get a "Copy" button
 *   whose accessible name says what it copies.
 */
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
		announcer.textContent = 'Copying is not available; select the text instead.';
		return false;
	}
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
	link.addEventListener('click', () => {
		void copy(link.href, 'Link to this section copied.');
	});
}

for (const block of document.querySelectorAll<HTMLElement>('[data-copy]')) {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'copy-button';
	button.textContent = 'Copy';
	// "Copy" alone would be ambiguous next to several blocks; name what is copied.
	if (block.dataset['copy']) button.setAttribute('aria-label', `Copy ${block.dataset['copy']}`);
	button.addEventListener('click', () => {
		void copy(block.textContent?.trim() ?? '', 'Copied.').then((copied) => {
			if (!copied) return;
			// Say so on the button too, for sighted users; back to "Copy" after a moment.
			button.textContent = 'Copied';
			button.classList.add('is-copied');
			window.setTimeout(() => {
				button.textContent = 'Copy';
				button.classList.remove('is-copied');
			}, 2000);
		});
	});
	block.after(button);
}

export {};
