/** Page paths listed in the built sitemap: what the browser suites visit. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir } from './site.ts';

export function sitemapPaths(): string[] {
	const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
	const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
	return locs(read('sitemap-index.xml')).flatMap((sitemap) => locs(read(sitemap.slice(1))));
}
