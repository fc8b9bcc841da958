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

async function copy(text: string, announce: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
		announcer.textContent = announce;
	} catch {
		announcer.textContent = 'Copying is not available; select the text instead.';
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
		void copy(block.textContent?.trim() ?? '', 'Copied.');
	});
	block.after(button);
}

export {};
