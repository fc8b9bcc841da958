/**
 * Citation previews with the Popover API and no script: every marker opens its source's
 * preview by mouse and by keyboard, Escape closes it and gives focus back to the marker, print
 * shows none, and where popovers are unsupported the marker is a link to the source list.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

const baseUrl = inject('baseUrl');
const path = '/articles/fact-check-back-door/';
let browser: BrowserContext;
beforeAll(async () => {
	// No script at all: the previews must work without it.
	browser = await launchBrowser({ javaScriptEnabled: false });
});
afterAll(async () => {
	await browser?.close();
});

async function open(width = 1280): Promise<Page> {
	const page = await browser.newPage();
	await page.setViewportSize({ width, height: 800 });
	await page.goto(`${baseUrl}${path}`);
	return page;
}

const openPreviews = (page: Page) => page.locator('[popover]:popover-open');

describe('citation previews', () => {
	it('every marker is a button that opens an existing preview, described by the source’s title', async () => {
		const page = await open();
		const problems = await page.evaluate(() => {
			const found: string[] = [];
			const buttons = [...document.querySelectorAll<HTMLButtonElement>('sup.cite button[popovertarget]')];
			if (buttons.length < 20) found.push(`only ${buttons.length} markers`);
			for (const button of buttons) {
				const target = document.getElementById(button.getAttribute('popovertarget')!);
				if (!target?.hasAttribute('popover')) found.push(`${button.parentElement?.id}: no popover ${button.getAttribute('popovertarget')}`);
				const title = document.getElementById(button.getAttribute('aria-describedby') ?? '');
				if (!title || !target?.contains(title) || !title.textContent?.trim()) found.push(`${button.parentElement?.id}: no title to describe it`);
				const number = /^Source (\d+)/.exec(button.getAttribute('aria-label') ?? '')?.[1];
				if (!button.getAttribute('aria-label')?.endsWith(button.textContent ?? '-'))
					found.push(`${button.parentElement?.id}: the visible number is not in the name`);
				const link = target?.querySelector<HTMLAnchorElement>('a[href^="#source-"]');
				const entry = link && document.querySelector(link.getAttribute('href')!);
				if (!entry) found.push(`${button.parentElement?.id}: preview without a link to the list`);
				else if ([...entry.parentElement!.children].indexOf(entry) + 1 !== Number(number))
					found.push(`${button.parentElement?.id}: list entry is not number ${number}`);
				if (!target?.querySelector('a.external[href^="https://"]')) found.push(`${button.parentElement?.id}: preview without a link to the source`);
			}
			return found;
		});
		expect(problems).toEqual([]);
		// One preview per source, shared by its markers.
		expect(await page.locator('.cite-preview[popover]').count()).toBe(await page.locator('.source-list > ol > li').count());
		await page.close();
	});

	it('opens by mouse next to the marker, shows the source’s details, and closes on a click elsewhere', async () => {
		const page = await open();
		const marker = page.locator('.prose-body sup.cite button').first();
		await marker.scrollIntoViewIfNeeded();
		await marker.click();
		const preview = openPreviews(page);
		await expect.poll(() => preview.count()).toBe(1);
		const id = await marker.getAttribute('popovertarget');
		expect(await preview.getAttribute('id')).toBe(id);
		const text = (await preview.textContent()) ?? '';
		expect(text).toMatch(/Source 1/);
		expect(text).toMatch(/identity-economy|Identity/i);
		expect(await preview.locator('a[href="#source-identity-economy-japan-back-door"]').count()).toBe(1);
		// Beside the marker, not in the middle of the screen.
		const markerBox = (await marker.boundingBox())!;
		const box = (await preview.boundingBox())!;
		expect(Math.abs(box.y - (markerBox.y + markerBox.height))).toBeLessThan(40);
		expect(box.x).toBeLessThanOrEqual(markerBox.x + 1);
		await page.mouse.click(5, 5);
		await expect.poll(() => openPreviews(page).count()).toBe(0);
		await page.close();
	});

	it('shows the stored supporting passage in its language', async () => {
		const page = await open();
		const withQuote = page.locator('[popover]:has(blockquote)').first();
		expect(await withQuote.count()).toBe(1);
		const id = await withQuote.getAttribute('id');
		await page.locator(`button[popovertarget="${id}"]`).first().click();
		expect(await withQuote.locator('blockquote').isVisible()).toBe(true);
		expect(await withQuote.locator('blockquote').getAttribute('lang')).toMatch(/^[a-z]{2}/);
		await page.close();
	});

	it('opens with the keyboard, lets Tab reach its links, and Escape closes it with focus back on the marker', async () => {
		const page = await open();
		const marker = page.locator('.prose-body sup.cite button').nth(2);
		await marker.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => openPreviews(page).count()).toBe(1);
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.closest('[popover]')?.id ?? null);
		expect(focused).toBe(await marker.getAttribute('popovertarget'));
		await page.keyboard.press('Escape');
		await expect.poll(() => openPreviews(page).count()).toBe(0);
		expect(await marker.evaluate((button) => document.activeElement === button)).toBe(true);
		// Space and Enter both open it; Escape from the marker itself closes it too.
		await page.keyboard.press('Space');
		await expect.poll(() => openPreviews(page).count()).toBe(1);
		await page.keyboard.press('Escape');
		await expect.poll(() => openPreviews(page).count()).toBe(0);
		expect(await marker.evaluate((button) => document.activeElement === button)).toBe(true);
		await page.close();
	});

	it('fits a 360 px phone screen', async () => {
		const page = await open(360);
		const marker = page.locator('.prose-body sup.cite button').first();
		await marker.scrollIntoViewIfNeeded();
		await marker.click();
		const box = (await openPreviews(page).boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(360);
		expect(box.y + box.height).toBeLessThanOrEqual(800);
		await page.close();
	});

	it('prints no preview, even an open one', async () => {
		const page = await open();
		await page.locator('.prose-body sup.cite button').first().click();
		await expect.poll(() => openPreviews(page).count()).toBe(1);
		await page.emulateMedia({ media: 'print' });
		expect(await openPreviews(page).isVisible()).toBe(false);
		await page.close();
	});

	it('where popovers are unsupported, each marker is a link that jumps to the source list', async () => {
		const page = await browser.newPage();
		// Stand-in for a browser without popovers: the stylesheet's support checks answer no.
		await page.route('**/*.css', async (route) => {
			const response = await route.fetch();
			const css = (await response.text()).replaceAll(':popover-open', ':no-such-state');
			await route.fulfill({ response, body: css });
		});
		await page.goto(`${baseUrl}${path}`);
		expect(await page.locator('sup.cite button').first().isVisible()).toBe(false);
		expect(await page.locator('.cite-previews').isVisible()).toBe(false);
		const link = page.locator('.prose-body sup.cite a').first();
		expect(await link.isVisible()).toBe(true);
		const href = (await link.getAttribute('href'))!;
		const box = (await link.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(24);
		expect(box.height).toBeGreaterThanOrEqual(24);
		await link.click();
		expect(new URL(page.url()).hash).toBe(href);
		await page.close();
	});
});
