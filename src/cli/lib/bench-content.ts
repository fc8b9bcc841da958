/**
 * Synthetic content for the build benchmark: N articles of about 1,900 words that use the real
 * features (24 citations, a table, a claim with a verdict, a small dataset chart), and the same
 * text as plain MDX with links for a bare Astro project.
 */

const words =
	'the card system number residents office ministry data health insurance record local government application figure policy report review public digital agency survey clinic tax benefit account'.split(
		' ',
	);

/** Deterministic pseudo-random words, so every run builds the same text. */
function sentence(seed: number, length: number): string {
	const out: string[] = [];
	let state = seed;
	for (let i = 0; i < length; i++) {
		state = (state * 1103515245 + 12345) % 2147483648;
		out.push(words[state % words.length]!);
	}
	const text = out.join(' ');
	return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

export const benchSourceCount = 30;
export const sourceId = (index: number) => `bench-source-${index % benchSourceCount}`;

export interface BenchFiles {
	/** Relative path → file content. */
	[path: string]: string;
}

function paragraph(article: number, index: number, cite: (id: string) => string): string {
	return `${sentence(article * 100 + index, 34)} in ${2016 + (index % 9)}, ${(index * 3.7).toFixed(1)}% ${cite(sourceId(article + index))}. ${sentence(article * 100 + index + 50, 30)}.`;
}

/** The body of article `n`: 12 sections of two paragraphs, a table, and optionally the components. */
export function articleBody(n: number, mode: 'full' | 'bare'): string {
	const cite = (id: string) => (mode === 'full' ? `<Cite id="${id}" />` : `[source](https://example.org/${id})`);
	const parts: string[] = [];
	for (let section = 0; section < 12; section++) {
		parts.push(`## Section ${section + 1} of article ${n}`);
		parts.push(paragraph(n, section * 2, cite), paragraph(n, section * 2 + 1, cite));
		if (section === 3) {
			parts.push('| Year | Rate | Note |\n| ---- | ---- | ---- |');
			// Each row states a figure, so each cites its source, as the build requires.
			parts[parts.length - 1] +=
				`\n${[0, 1, 2, 3, 4].map((row) => `| ${2019 + row} | ${10 + row * 7}% ${cite(sourceId(n + row))} | ${sentence(n + row, 4)} |`).join('\n')}`;
		}
		if (section === 5) parts.push(mode === 'full' ? '<Chart dataset="bench-series" />' : sentence(n + 7, 20));
		if (section === 8) parts.push(mode === 'full' ? `<ClaimReview id="bench-claim-${n}" />` : sentence(n + 9, 20));
	}
	return `${parts.join('\n\n')}\n`;
}

export function fullSite(count: number): BenchFiles {
	const files: BenchFiles = {};
	for (let i = 0; i < benchSourceCount; i++) {
		files[`sources/bench-source-${i}.yaml`] =
			`title: Benchmark source ${i}\npublisher: Benchmark Publisher\nurl: https://example.org/bench-source-${i}\npublished: 2024-01-${String((i % 28) + 1).padStart(2, '0')}\naccessed: 2026-11-28\nlanguage: en\nkind: ${i % 3 === 0 ? 'statistics' : 'news'}\n`;
	}
	files['data/bench-series.yaml'] =
		`cadence: yearly\nnext_expected: 2025-03-31\ntitle: Benchmark series\ndescription: A small dataset drawn in every article.\nunit: percent\nseries:\n  - id: a\n    label: Series A\n    definition: A share of the population.\n  - id: b\n    label: Series B\n    definition: Another share.\npoints:\n${[0, 1, 2, 3, 4, 5].map((i) => `  - date: ${2019 + i}-03-31\n    series: ${i % 2 ? 'b' : 'a'}\n    value: ${10 + i * 11}\n    source: ${sourceId(i)}`).join('\n')}\n`;
	files['glossary/bench.yaml'] = 'term: マイナンバー\nreading: mai nambā\nenglish: My Number\ndefinition: The number.\n';
	for (let n = 0; n < count; n++) {
		files[`claims/bench-claim-${n}.yaml`] =
			`claim: "Behauptung Nummer ${n}."\nlang: de\ntranslation: "Claim number ${n}."\nclaimant: Benchmark\nappearance:\n  title: Benchmark article\n  date: 2022-10-13\nverdict: "${['true', 'mixed', 'false', 'outdated'][n % 4]}"\nbottom_line: A bottom line for claim ${n}.\nsources: [${sourceId(n)}]\n`;
		files[`articles/bench-${n}.mdx`] =
			`---\ntitle: Benchmark article ${n}\nsummary: A synthetic article for the build benchmark.\ntopic: ${['basics', 'adoption', 'security'][n % 3]}\nfigures_as_of: 2026-11-28\nreview_by: 2027-02-28\npublished: 2026-11-01\nupdated: 2026-11-28\nreviewed: 2026-11-28\nchangelog:\n  - date: 2026-11-01\n    kind: update\n    summary: First published.\nclaims: [bench-claim-${n}]\n---\n\n${articleBody(n, 'full')}`;
	}
	return files;
}

/** A bare Astro 7 + MDX project rendering the same article text. */
export function bareSite(count: number): BenchFiles {
	const files: BenchFiles = {
		'package.json': '{ "name": "bare-bench", "private": true, "type": "module" }\n',
		'astro.config.mjs':
			"import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\n// Its own cache folder, as the full build has: node_modules is shared with the main project.\nexport default defineConfig({ cacheDir: './.astro-cache', integrations: [mdx()] });\n",
		'src/content.config.ts':
			"import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { articles: defineCollection({ loader: glob({ base: './content/articles', pattern: '**/*.mdx' }), schema: z.object({ title: z.string() }) }) };\n",
		'src/pages/[id].astro':
			'---\nimport { getCollection, render } from \'astro:content\';\nexport async function getStaticPaths() { return (await getCollection(\'articles\')).map((entry) => ({ params: { id: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
	};
	for (let n = 0; n < count; n++) files[`content/articles/bench-${n}.mdx`] = `---\ntitle: Benchmark article ${n}\n---\n\n${articleBody(n, 'bare')}`;
	return files;
}
