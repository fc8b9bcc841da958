/**
 * Stops the build when a German page shows an English UI string: a component that forgot to
 * take its words from the page's dictionary, or a string added in English only. Quotations,
 * source titles and other-language markup are allowed (src/lib/ui-language.ts says which).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { de } from '../i18n/de.ts';
import { en } from '../i18n/en.ts';
import { englishOnlyStrings, englishOnPage } from '../lib/ui-language.ts';

export function uiLanguageCheck(): AstroIntegration {
	return {
		name: 'ui-language-check',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const german = join(root, 'de');
				const files = (await readdir(german, { recursive: true }).catch(() => [] as string[])).filter((file) => file.endsWith('.html'));
				const strings = englishOnlyStrings(en, de);
				const problems: string[] = [];
				for (const file of files) {
					const path = join(german, file);
					for (const { text, where } of englishOnPage(await readFile(path, 'utf8'), strings)) {
						problems.push(`${relative(root, path)}: the English UI string "${text}" in the ${where}; take it from src/i18n/de.ts`);
					}
				}
				if (problems.length > 0) throw new Error(`English UI strings on German pages:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
				logger.info(`${files.length} German pages checked: no English UI strings`);
			},
		},
	};
}
