/**
 * Editorial linter: reports every paragraph, list item or table row in the articles that states
 * a number, a percentage or a date without a citation, prints the citation coverage, and exits
 * non-zero when coverage is below the configured threshold.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkCitations, coverage, coverageWithExceptions, factualBlocks, type Block, type CitationException } from '../lib/lint.ts';
import { readStrictYaml } from '../loaders/strict-glob.ts';

const usage = `Usage: npm run lint:content -- [options] [files or folders…]

Checks that factual blocks in MDX articles carry a <Cite>: every article must cite every one
(the build checks the same), except blocks its frontmatter lists under uncited_blocks with a
reason; every such exception is listed.

Options:
  --config <file>     settings file (default: content-lint.config.json)
  --threshold <0-1>   minimum share of cited factual blocks (overrides the config)
  --quiet             print only the summary
  -h, --help          show this help

Exit codes: 0 every article fully cited and coverage at or above the threshold, 1 otherwise,
2 a file could not be read or parsed.`;

interface Config {
	/** The folders of every edition's articles. */
	articles: string[];
	threshold: number;
}

async function loadConfig(path: string): Promise<Config> {
	const raw = JSON.parse(await readFile(path, 'utf8')) as { articles?: unknown; threshold?: unknown };
	const articles = typeof raw.articles === 'string' ? [raw.articles] : raw.articles;
	const folders = Array.isArray(articles) && articles.length > 0 && articles.every((folder) => typeof folder === 'string') ? (articles as string[]) : undefined;
	if (!folders || typeof raw.threshold !== 'number' || raw.threshold < 0 || raw.threshold > 1) {
		throw new Error(`${path}: expected { "articles": ["<folder>", …], "threshold": <number from 0 to 1> }`);
	}
	return { articles: folders, threshold: raw.threshold };
}

async function mdxFiles(target: string): Promise<string[]> {
	if (target.endsWith('.mdx')) return [target];
	const entries = await readdir(target, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx') && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

async function main(): Promise<number> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: {
			config: { type: 'string', default: 'content-lint.config.json' },
			threshold: { type: 'string' },
			quiet: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const config = await loadConfig(values.config);
	const threshold = values.threshold === undefined ? config.threshold : Number(values.threshold);
	if (!(threshold >= 0 && threshold <= 1)) throw new Error(`--threshold: expected a number from 0 to 1, got "${values.threshold}"`);

	const targets = positionals.length > 0 ? positionals : config.articles;
	const files = (await Promise.all(targets.map((target) => mdxFiles(resolve(target))))).flat();
	if (files.length === 0) throw new Error(`No .mdx files found in ${targets.join(', ')}`);

	const all: Block[] = [];
	let incomplete = 0;
	const exceptionLines: string[] = [];
	for (const file of files) {
		const name = relative(process.cwd(), file);
		let blocks: Block[];
		let exceptions: CitationException[];
		try {
			blocks = factualBlocks(await readFile(file, 'utf8'));
			exceptions = uncitedBlocks(await readStrictYaml(file), name);
		} catch (error) {
			throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
		}
		const check = checkCitations(blocks, exceptions);
		const result = coverageWithExceptions(blocks, check);
		all.push(...blocks.map((block) => ({ ...block, cited: block.cited || check.excused.some((excused) => excused.block === block) })));
		if (check.uncited.length > 0 || check.unused.length > 0) incomplete++;
		for (const { block, exception } of check.excused)
			exceptionLines.push(`${name}:${block.line}:${block.column}  exception: "${block.excerpt}" (${exception.reason})`);
		for (const exception of check.unused)
			console.log(`${name}  uncited_blocks: "${exception.starts_with}" matches no uncited factual block; remove it or correct the text`);
		if (!values.quiet) {
			for (const block of check.uncited) {
				console.log(`${name}:${block.line}:${block.column}  uncited ${block.kind} states a figure or date: "${block.excerpt}"`);
			}
			console.log(
				`${name}: ${result.cited}/${result.total} factual blocks cited${check.excused.length > 0 ? ` (${check.excused.length} by reviewed exception)` : ''}`,
			);
		}
	}
	console.log(`Reviewed exceptions (uncited_blocks): ${exceptionLines.length}`);
	for (const line of exceptionLines) console.log(`  ${line}`);
	const total = coverage(all);
	const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
	console.log(
		`Citation coverage: ${total.cited}/${total.total} factual blocks cited (${percent(total.ratio)}) in ${files.length} articles; threshold ${percent(threshold)}`,
	);
	if (total.ratio < threshold) {
		console.error(`Coverage ${percent(total.ratio)} is below the threshold of ${percent(threshold)}.`);
		return 1;
	}
	if (incomplete > 0) {
		console.error(`${incomplete} article(s) have uncited factual blocks or unused exceptions; the build refuses them too.`);
		return 1;
	}
	return 0;
}

/** The article's reviewed exceptions, from its frontmatter. */
function uncitedBlocks(frontmatter: Record<string, unknown>, name: string): CitationException[] {
	const list = frontmatter['uncited_blocks'] ?? [];
	const valid =
		Array.isArray(list) &&
		list.every(
			(item: unknown) =>
				typeof item === 'object' &&
				item !== null &&
				typeof (item as CitationException).starts_with === 'string' &&
				typeof (item as CitationException).reason === 'string',
		);
	if (!valid) throw new Error(`${name}: uncited_blocks: expected a list of { starts_with: "…", reason: "…" }`);
	return list as CitationException[];
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(`lint:content: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(2);
	},
);
