/**
 * Debian's Chromium driven by playwright-core. CHROMIUM_PATH overrides the binary. Each launch
 * gets a fresh, empty profile, and background networking is off so the only requests are the
 * page's own.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs as projectArgs, chromiumPath } from '../../src/config.ts';

export const chromiumArgs = [...projectArgs, '--disable-quic'];

export async function launchBrowser(options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
	const userDataDir = await mkdtemp(join(tmpdir(), 'chromium-profile-'));
	return chromium.launchPersistentContext(userDataDir, {
		executablePath: chromiumPath,
		headless: true,
		args: chromiumArgs,
		colorScheme: options.colorScheme ?? 'light',
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: 1280, height: 900 },
	});
}

/** One browser for a test file: launched before its tests, closed after. */
export function sharedBrowser(options: Parameters<typeof launchBrowser>[0] = {}): () => BrowserContext {
	let browser: BrowserContext | undefined;
	beforeAll(async () => {
		browser = await launchBrowser(options);
	});
	afterAll(async () => {
		await browser?.close();
	});
	return () => {
		if (!browser) throw new Error('The browser is not running yet');
		return browser;
	};
}
