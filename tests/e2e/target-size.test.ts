/**
 * WCAG 2.2, 2.5.8 Target Size (Minimum): every pointer target is at least 24 × 24 CSS px, or
 * is spaced so that a 24 px circle centred on it touches no other target, or is a link inside a
 * sentence (the inline exception). Citation markers never claim the inline exception: they sit in
 * table cells too, and they are the page's most repeated targets.
 */
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser({ javaScriptEnabled: false });

interface Failure {
	target: string;
	width: number;
	height: number;
}

async function failures(path: string, width: number): Promise<Failure[]> {
	const page = await browser().newPage();
	await page.setViewportSize({ width, height: 900 });
	await page.goto(`${baseUrl}${path}`);
	const found = await page.evaluate(() => {
		const selector = 'a[href], button, summary, input, select, textarea, [tabindex="0"]';
		const visible = (element: Element) => {
			const box = element.getBoundingClientRect();
			const style = getComputedStyle(element);
			return (
				box.width > 0 &&
				box.height > 0 &&
				style.visibility !== 'hidden' &&
				!element.closest('[popover]:not(:popover-open), [hidden], details:not([open]) > :not(summary)')
			);
		};
		const targets = [...document.querySelectorAll(selector)].filter(visible);
		const boxes = targets.map((target) => target.getBoundingClientRect());
		const inSentence = (target: Element) => {
			if (target.closest('.cite-ref') || target.tagName !== 'A') return false;
			if (getComputedStyle(target).display !== 'inline') return false;
			// A link among other words: its block has text outside the link.
			const block = target.closest('p, li, dd, dt, td, th, figcaption, blockquote, cite');
			return block !== null && (block.textContent ?? '').trim().length > (target.textContent ?? '').trim().length;
		};
		const distance = (x: number, y: number, box: DOMRect) => Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
		const out: { target: string; width: number; height: number }[] = [];
		targets.forEach((target, index) => {
			const box = boxes[index]!;
			if (box.width >= 23.5 && box.height >= 23.5) return;
			if (inSentence(target)) return;
			const x = box.left + box.width / 2;
			const y = box.top + box.height / 2;
			// Spacing: no other target within 12 px of the centre (a 24 px circle around it).
			const crowded = boxes.some(
				(other, otherIndex) =>
					otherIndex !== index && !targets[otherIndex]!.contains(target) && !target.contains(targets[otherIndex]!) && distance(x, y, other) < 12,
			);
			if (!crowded) return;
			out.push({
				target: `${target.tagName.toLowerCase()}${target.className ? `.${String(target.className).split(' ')[0]}` : ''} "${(target.textContent ?? '').trim().slice(0, 40)}"`,
				width: Math.round(box.width),
				height: Math.round(box.height),
			});
		});
		return out;
	});
	await page.close();
	return found;
}

describe('target size (WCAG 2.2, 2.5.8)', () => {
	for (const path of ['/articles/fact-check-back-door/', '/articles/data-breaches/', '/articles/adoption-figures/']) {
		for (const width of [1280, 360]) {
			it(`${path} at ${width} px: every target is 24 × 24 px, well spaced, or inline in a sentence`, async () => {
				expect(await failures(path, width)).toEqual([]);
			});
		}
	}
});
