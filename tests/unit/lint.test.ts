import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { coverage, factualBlocks } from '../../src/lib/lint.ts';
import { copyFixture } from '../helpers/fixtures.ts';

const run = promisify(execFile);

const article = `---
title: Test
published: 2026-11-28
---

The card was launched in January 2016 <Cite id="a" />.

It is voluntary.

Adoption reached 76.3% in 2024.

- In 2020, 15.5% <Cite id="b" />
- Nested:
  - 2021 without a source

| Year | Rate |
| ---- | ---- |
| 2023 | 70% <Cite id="c" /> |
| 2024 | 76% |

A footnote.[^1]

[^1]: Published on 3 March 2023.

<Quote lang="de" translation="49% at the end of September">49 % Ende September</Quote>

## Figures from 2023
`;

describe('factualBlocks', () => {
	const blocks = factualBlocks(article);
	it('finds paragraphs, list items and table rows that state figures, with their lines', () => {
		expect(blocks.map((block) => [block.kind, block.line, block.cited])).toEqual([
			['paragraph', 6, true],
			['paragraph', 10, false],
			['list item', 12, true],
			['list item', 14, false],
			['table row', 18, true],
			['table row', 19, false],
			['paragraph', 23, false],
		]);
	});
	it('ignores headings, the table header, quotations and blocks without figures', () => {
		expect(blocks.some((block) => /Figures from|Year|49 %|voluntary/.test(block.excerpt))).toBe(false);
	});
	it('computes coverage', () => {
		expect(coverage(blocks)).toEqual({ cited: 3, total: 7, ratio: 3 / 7 });
		expect(coverage([]).ratio).toBe(1);
	});
});

describe('lint:content CLI', () => {
	const cli = join(import.meta.dirname, '..', '..', 'src', 'cli', 'lint-content.ts');
	it('passes the fixture articles', async () => {
		const { stdout } = await run(process.execPath, [cli, join(import.meta.dirname, '..', 'fixtures', 'basic', 'articles')]);
		expect(stdout).toMatch(/Citation coverage: 4\/4 factual blocks cited \(100\.0%\)/);
	});
	it('flags an uncited figure with file and line, and fails below the threshold', async () => {
		const dir = await copyFixture('basic');
		const file = join(dir, 'articles', 'sample.mdx');
		await writeFile(file, `${article}`, 'utf8');
		const failure = await run(process.execPath, [cli, file]).catch((error: { code: number; stdout: string }) => error);
		expect(failure).toMatchObject({ code: 1 });
		expect((failure as { stdout: string }).stdout).toMatch(
			/sample\.mdx:10:1 {2}uncited paragraph states a figure or date: "Adoption reached 76\.3% in 2024\."/,
		);
	});
	it('fails on one uncited block even above the threshold, and lists every reviewed exception', async () => {
		const dir = await copyFixture('basic');
		const file = join(dir, 'articles', 'sample.mdx');
		const failure = await run(process.execPath, [cli, '--threshold', '0.5', file], { env: process.env }).then(
			() => undefined,
			(error: { code: number; stdout: string; stderr: string }) => error,
		);
		expect(failure).toBeUndefined();
		await writeFile(file, article, 'utf8');
		const below = await run(process.execPath, [cli, '--threshold', '0.3', file]).catch((error: { code: number; stderr: string }) => error);
		expect(below).toMatchObject({ code: 1 });
		expect((below as { stderr: string }).stderr).toMatch(/1 article\(s\) have uncited factual blocks/);
		const excused =
			'---\ntitle: Test\nuncited_blocks:\n  - starts_with: Adoption reached\n    reason: Restates the figure cited above.\n---\n\nAdoption was 76.3% in 2024 <Cite id="a" />.\n\nAdoption reached 76.3% in 2024.\n';
		await writeFile(file, excused, 'utf8');
		const { stdout } = await run(process.execPath, [cli, file]);
		expect(stdout).toMatch(
			/Reviewed exceptions \(uncited_blocks\): 1\n {2}\S*sample\.mdx:\d+:1 {2}exception: "Adoption reached 76\.3% in 2024\." \(Restates the figure cited above\.\)/,
		);
		expect(stdout).toMatch(/2\/2 factual blocks cited \(1 by reviewed exception\)/);
	});
	it('prints --help', async () => {
		const { stdout } = await run(process.execPath, [cli, '--help']);
		expect(stdout).toMatch(/^Usage: npm run lint:content/);
	});
	it('fails the site’s articles on one added uncited figure: the threshold is 100%', async () => {
		const root = join(import.meta.dirname, '..', '..');
		const config = JSON.parse(await readFile(join(root, 'content-lint.config.json'), 'utf8')) as { articles: string[]; threshold: number };
		expect(config.threshold).toBe(1);
		const dir = await mkdtemp(join(tmpdir(), 'lint-articles-'));
		expect(config.articles).toEqual(['content/articles', 'content/de/articles']);
		await cp(join(root, config.articles[0]!), dir, { recursive: true });
		// Among a hundred cited blocks, one uncited figure would pass any threshold below 100%.
		await appendFile(join(dir, 'what-is-my-number.mdx'), '\nAbout 99.9% of residents have read this sentence.\n', 'utf8');
		const failure = await run(process.execPath, [cli, dir], { cwd: root }).catch((error: { code: number; stdout: string; stderr: string }) => error);
		expect(failure).toMatchObject({ code: 1 });
		expect((failure as { stdout: string }).stdout).toMatch(
			/what-is-my-number\.mdx:\d+:1 {2}uncited paragraph states a figure or date: "About 99\.9% of residents/,
		);
		expect((failure as { stderr: string }).stderr).toMatch(/below the threshold of 100\.0%/);
	}, 30_000);
});
