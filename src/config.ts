/**
 * The project's configuration: every environment variable that the site, its build, its tools
 * and its tests read is read here, and nowhere else. Every one is optional.
 *
 * Every cache lives under one root, `CACHE_DIR` (by default `node_modules/.cache/mynumber/`):
 *
 * ```
 * astro/          Astro's cacheDir: its content store and incremental-build manifest, and the
 *                 build's own state (the search index's record and views, the build lock, the
 *                 marker of a build under way, build-report.json)
 * share-images/   drawn share cards, PNG, by a hash of what they show and how they are drawn
 * citations/      formatted and exported citations, JSON, by a hash of the works
 * ```
 *
 * Deleting the root makes the next build a cold one; `npx astro build --force` only renders
 * every page again.
 */
import { join } from 'node:path';

const env = process.env;

/**
 * `SITE_URL`: the public address, such as `https://mynumberfacts.org`; every absolute URL
 * derives from it (src/site.ts). Unset or empty: the placeholder of a development or test build.
 */
export const siteUrl = env['SITE_URL'] || undefined;

/**
 * `SITE_CONTACT`: where readers report errors, an email address or an https URL (checked in
 * src/lib/contact.ts). Unset: pages say that no address is published yet, and a production
 * build for a real SITE_URL fails.
 */
export const siteContact = env['SITE_CONTACT'];

/** `CONTENT_DIR`: the content folder, `content/` unless the test fixtures or the benchmark point elsewhere. */
export const contentDir = env['CONTENT_DIR'] ?? './content';

/** `OUT_DIR`: where a build writes the site, `dist/` unless a test or the benchmark builds elsewhere. */
export const outDir = env['OUT_DIR'] ?? './dist';

/** The folders under a cache root (see above). */
export function cacheLayout(root: string): { astro: string; shareImages: string; citations: string } {
	return { astro: join(root, 'astro'), shareImages: join(root, 'share-images'), citations: join(root, 'citations') };
}

/** `CACHE_DIR`: the one root of every cache the build keeps (see above); tests and the benchmark give each build folder its own. */
export const cacheRoot = env['CACHE_DIR'] ?? './node_modules/.cache/mynumber';

/** The cache folders of this process. */
export const cacheDirs = cacheLayout(cacheRoot);

/** `CHROMIUM_PATH`: the browser for the browser tests, Lighthouse and the screenshots; Debian's Chromium unless set. */
export const chromiumPath = env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The flags every browser run of this project uses (tests, Lighthouse, screenshots): no sandbox, GPU, background traffic or first-run work. */
export const chromiumArgs: readonly string[] = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** `JAVA`: the Java runtime for the Nu Html Checker in the post-build tests; `java` on the PATH unless set. */
export const javaPath = env['JAVA'] ?? 'java';

/**
 * `BUILD_FAULT_AFTER`: a test hook; the build kills itself right after it writes the named piece
 * of state (src/integrations/fault-point.ts). Unset in every real build.
 */
export const buildFaultAfter = env['BUILD_FAULT_AFTER'];
