/**
 * Screenshots of an article for the README, taken from the built site in the system Chromium:
 * a desktop window (1280×800) and a phone (360×780), as JPEG files under a size limit.
 * Run it after `npm run build`, and again after a redesign.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../config.ts';
import { serveStatic } from './lib/static-server.ts';

const usage = `Usage: npm run screenshots [-- --dist <folder>] [--path <url path>] [--out <folder>] [--max-kb <n>]

Serves the built site on 127.0.0.1 and takes two screenshots of a page in Chromium
(CHROMIUM_PATH, default /usr/bin/chromium; a fresh profile, light colour scheme):
  <out>/article-desktop.jpg   1280×800 window
  <out>/article-phone.jpg     360×780 phone screen at twice the pixel density
Each is a JPEG, saved at the highest quality (85 down to 40) that keeps it under --max-kb.

Options:
  --dist <folder>   the built site (default: dist)
  --path <path>     the page to show (default: /articles/fact-check-back-door/)
  --out <folder>    where to write the pictures (default: docs/screenshots)
  --max-kb <n>      size limit per picture in KB (default: 200)
  -h, --help        show this help`;

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		path: { type: 'string', default: '/articles/fact-check-back-door/' },
		out: { type: 'string', default: 'docs/screenshots' },
		'max-kb': { type: 'string', default: '200' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log(usage);
	process.exit(0);
}

const shots = [
	{ file: 'article-desktop.jpg', viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false },
	{ file: 'article-phone.jpg', viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true },
] as const;

const maxBytes = Number(values['max-kb']) * 1024;
if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
	console.error(`--max-kb: expected a positive number, got "${values['max-kb']}"`);
	process.exit(2);
}
const qualities = [85, 80, 75, 70, 65, 60, 55, 50, 45, 40];

const server = await serveStatic(resolve(values.dist));
const outDir = resolve(values.out);
await mkdir(outDir, { recursive: true });
let failed = false;
try {
	for (const shot of shots) {
		const profile = await mkdtemp(join(tmpdir(), 'screenshots-profile-'));
		const browser = await chromium.launchPersistentContext(profile, {
			executablePath: chromiumPath,
			headless: true,
			args: [...chromiumArgs],
			colorScheme: 'light',
			viewport: shot.viewport,
			deviceScaleFactor: shot.deviceScaleFactor,
			isMobile: shot.isMobile,
			hasTouch: shot.isMobile,
		});
		try {
			const page = browser.pages()[0] ?? (await browser.newPage());
			const response = await page.goto(`${server.url}${values.path}`, { waitUntil: 'load' });
			if (!response?.ok()) throw new Error(`${values.path}: HTTP ${response?.status() ?? 'no response'}; is the site built (npm run build)?`);
			let picture: Buffer | undefined;
			let quality = 0;
			for (quality of qualities) {
				picture = await page.screenshot({ type: 'jpeg', quality });
				if (picture.length <= maxBytes) break;
			}
			const file = join(outDir, shot.file);
			await writeFile(file, picture!);
			const size = `${(picture!.length / 1024).toFixed(1)} KB`;
			if (picture!.length > maxBytes) {
				failed = true;
				console.error(`${file}: ${size} even at quality ${quality}, over ${values['max-kb']} KB`);
			} else {
				console.log(`${file}: ${shot.viewport.width}×${shot.viewport.height} at ${shot.deviceScaleFactor}x, quality ${quality}, ${size}`);
			}
		} finally {
			await browser.close();
			await rm(profile, { recursive: true, force: true });
		}
	}
} finally {
	await server.close();
}
process.exit(failed ? 1 : 0);
