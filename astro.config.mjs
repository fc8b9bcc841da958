// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { buildLock } from './src/integrations/build-lock.ts';
import { outputInPlace } from './src/integrations/output-in-place.ts';
import { requireContact } from './src/integrations/require-contact.ts';
import { isRedirected, redirects } from './src/integrations/redirects.ts';
import { siteFiles } from './src/integrations/site-files.ts';
import { numberCitations } from './src/plugins/number-citations.ts';
import { searchTerms } from './src/plugins/search-terms.ts';
import { SITE } from './src/site.ts';

export default defineConfig({
	// The public address (env SITE_URL, read in src/site.ts with SITE_CONTACT); every absolute URL derives from it.
	site: SITE.url,
	// Test fixtures and the benchmark build into folders of their own, so they never clobber dist/.
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// Two editions: English at the unprefixed addresses (none of which change), German under /de/.
	// Pages both have live in src/pages/[...locale]/; `Astro.currentLocale` tells a component which
	// edition it renders (src/i18n/). The German content is in content/de/.
	i18n: { locales: ['en', 'de'], defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
	// Article pages whose content and code are unchanged since the last build are kept, not
	// rendered again (keys in src/lib/page-keys.ts; safeguards in src/integrations/output-in-place.ts).
	experimental: { incrementalBuild: true },
	// Collapse whitespace instead of the JSX rule that strips it between inline elements, which
	// would glue citation markers and links to the words around them.
	compressHTML: true,
	// buildLock first: one build at a time in the output and cache folders. requireContact next: a
	// production build for a real address without SITE_CONTACT stops at once. redirects (old
	// addresses → new, from content/redirects.json) after siteFiles, whose files it copies to moved
	// pages' old addresses; outputInPlace last: it removes whatever the others did not write in this build.
	integrations: [
		buildLock(),
		requireContact({ contact: SITE.contact }),
		mdx(),
		sitemap({
			filter: (page) => !page.endsWith('/404/') && !isRedirected(page),
			// Each page's entry lists its twin in the other language (xhtml:link hreflang alternates).
			i18n: { defaultLocale: 'en', locales: { en: 'en', de: 'de' } },
		}),
		siteFiles(),
		redirects(),
		outputInPlace(),
	],
	markdown: {
		processor: satteri({ mdastPlugins: [numberCitations, searchTerms] }),
	},
	// Styles and the one enhancement script ship as files, never inline, so the Content-Security-Policy
	// can allow 'self' alone (see public/_headers and the meta tag in BaseLayout).
	// Several pages render at once, so file writes and cache reads overlap with rendering.
	build: { inlineStylesheets: 'never', concurrency: 4 },
	vite: {
		plugins: [tailwindcss()],
		build: { assetsInlineLimit: 0 },
	},
});
