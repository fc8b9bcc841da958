/**
 * Runs Lighthouse in the system Chromium against the built site (home page and an article)
 * and prints the four category scores. Not part of `npm test`: scores vary from run to run.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from '../config.ts';
import { serveStatic } from './lib/static-server.ts';

const usage = `Usage: npm run lighthouse [-- --dist <folder>] [--path <url path> ...]

Serves the built site on 127.0.0.1 and runs Lighthouse (performance, accessibility,
best practices, SEO) in Chromium (CHROMIUM_PATH, default /usr/bin/chromium), mobile settings.

Options:
  --dist <folder>   the built site (default: dist)
  --path <path>     a page to audit; repeatable (default: / and /articles/fact-check-back-door/)
  -h, --help        show this help`;

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		path: { type: 'string', multiple: true },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log(usage);
	process.exit(0);
}

const paths = values.path ?? ['/', '/articles/fact-check-back-door/'];
const server = await serveStatic(join(process.cwd(), values.dist));
const chrome = await chromeLauncher.launch({
	chromePath: chromiumPath,
	userDataDir: await mkdtemp(join(tmpdir(), 'lighthouse-profile-')),
	chromeFlags: [...chromiumArgs],
});
let failed = false;
try {
	for (const path of paths) {
		const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
		if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
		const scores = Object.values(result.lhr.categories).map((category) => `${category.title} ${Math.round((category.score ?? 0) * 100)}`);
		console.log(`${path}: ${scores.join(', ')}`);
		if (result.lhr.runtimeError) {
			failed = true;
			console.error(`${path}: ${result.lhr.runtimeError.message}`);
		}
	}
} finally {
	await chrome.kill();
	await server.close();
}
process.exit(failed ? 1 : 0);
