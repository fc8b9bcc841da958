/** The checks that keep bad content out of a build: unsafe text, citations, dates, sources, redirects, lines. */
import { readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleTextProblems } from '../../src/lib/article-checks.ts';
import { articleBody } from '../../src/cli/lib/bench-content.ts';
import { buildContentIndex } from '../../src/lib/content-index.ts';
import { checkCitations, factualBlocks, factualBlocksIn, stripFrontmatter } from '../../src/lib/lint.ts';
import { bodyStartLine, scanMdx } from '../../src/lib/mdx.ts';
import { fileCopies, missingTargets, parseRedirectFile, parseRedirects, redirectPage, removedArticles } from '../../src/lib/redirects.ts';
import { isSafeUrl, unsafeMarkup } from '../../src/lib/safe-markup.ts';
import { duplicateSourceMessage, normalisedUrl } from '../../src/lib/source-urls.ts';
import { parseStrictYamlWithLines, schemaErrorMessage } from '../../src/loaders/strict-glob.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { buildDate } from '../../src/schemas/common.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { fixtureDir, loadFixture } from '../helpers/fixtures.ts';

const root = join(import.meta.dirname, '..', '..');
const articleFiles = [
	...readdirSync(join(root, 'content', 'articles'))
		.filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
		.map((name) => join(root, 'content', 'articles', name)),
	join(fixtureDir('basic'), 'articles', 'sample.mdx'),
];

const problemsIn = (body: string) => unsafeMarkup(scanMdx(body).tree).map((problem) => `${problem.line}: ${problem.message}`);

describe('unsafe article text', () => {
	it('refuses scripts, event handlers, frames, imports and expressions, with the line', () => {
		expect(problemsIn('Text.\n\n<script>alert(1)</script>\n')).toEqual([expect.stringMatching(/^3: <script> is not allowed/)]);
		expect(problemsIn('A <span onclick="x()">word</span>.\n')).toEqual([expect.stringMatching(/^1: <span> onclick: event handler attributes are not allowed/)]);
		expect(problemsIn('<iframe src="https://e.org" />\n')).toEqual([expect.stringMatching(/<iframe> is not allowed/)]);
		expect(problemsIn('<img src="x" onerror="y" />\n')).toEqual([expect.stringMatching(/<img> is not allowed/)]);
		expect(problemsIn('import X from "y";\n\nText.\n')).toEqual([expect.stringMatching(/^1: import and export are not allowed/)]);
		expect(problemsIn('Text {alert(1)} here.\n')).toEqual([expect.stringMatching(/^1: a \{…\} JavaScript expression is not allowed/)]);
		expect(problemsIn('A <span lang={x}>word</span>.\n')).toEqual([expect.stringMatching(/lang: write the value as plain text/)]);
		expect(problemsIn('A <span {...props}>word</span>.\n')).toEqual([expect.stringMatching(/spread attribute/)]);
		expect(problemsIn('<Cite id="a" onClick="x" />\n')).toEqual([expect.stringMatching(/<Cite> onClick: event handler/)]);
		expect(problemsIn('<Widget />\n')).toEqual([expect.stringMatching(/<Widget> is not allowed/)]);
	});
	it('refuses javascript:, data: and vbscript: links however they are spelt', () => {
		expect(problemsIn('[a](javascript:alert(1))\n')).toEqual([expect.stringMatching(/^1: link to "javascript:alert\(1\)"/)]);
		expect(problemsIn('Text.\n\n[a](JaVaScRiPt:alert(1)) and ![i](data:image/png;base64,AAAA)\n')).toHaveLength(2);
		expect(problemsIn('[a][r]\n\n[r]: vbscript:x\n')).toEqual([expect.stringMatching(/^3: link to "vbscript:x"/)]);
		expect(isSafeUrl('java\tscript:alert(1)')).toBe(false);
		expect(isSafeUrl(' data:text/html,x')).toBe(false);
		for (const url of ['https://e.org/', 'http://e.org', 'mailto:a@e.org', '/articles/x/', '#section', '../x']) expect(isSafeUrl(url)).toBe(true);
	});
	it('allows the components, the inline elements articles use, and comments', () => {
		expect(
			problemsIn(
				'<span lang="ja">マイナンバー</span>, <abbr title="Digital Agency">DA</abbr>,<br /> H<sub>2</sub>O <Cite id="a" at="p. 2" />.\n\n{/* a note */}\n\n<Quote lang="ja" translation="T">原文</Quote>\n',
			),
		).toEqual([]);
	});
	it('finds nothing to refuse in the published articles', () => {
		for (const file of articleFiles) expect(problemsIn(stripFrontmatter(readFileSync(file, 'utf8'))), file).toEqual([]);
	});
});

describe('citations per article', () => {
	it('the build sees the same factual blocks in Sätteri’s tree as the linter in unified’s', () => {
		const shape = (blocks: ReturnType<typeof factualBlocks>) => blocks.map(({ kind, line, text, cited }) => ({ kind, line, text, cited }));
		for (const file of articleFiles) {
			const text = readFileSync(file, 'utf8');
			expect(shape(factualBlocksIn(scanMdx(stripFrontmatter(text)).tree)), file).toEqual(shape(factualBlocks(text)));
		}
	});
	it('every factual block must cite, unless it is a reviewed exception; stale exceptions are errors', () => {
		const body = 'The card has 12 digits <Cite id="a" />.\n\nIn 2024 it changed.\n\nAs shown above, 12 digits.\n';
		const blocks = factualBlocks(body);
		const check = checkCitations(blocks, [
			{ starts_with: 'As shown above,', reason: 'restates the cited figure' },
			{ starts_with: 'No such block here', reason: 'stale' },
		]);
		expect(check.uncited.map((block) => block.line)).toEqual([3]);
		expect(check.excused.map(({ block }) => block.line)).toEqual([5]);
		expect(check.unused.map((exception) => exception.reason)).toEqual(['stale']);
		const problems = articleTextProblems(
			'content/articles/x.mdx',
			scanMdx(body).tree,
			20,
			check.excused.map(({ exception }) => exception),
		);
		expect(problems).toEqual([expect.stringMatching(/^content\/articles\/x\.mdx:22: uncited paragraph states a figure or date: "In 2024 it changed\."/)]);
	});
	it('the benchmark’s synthetic articles pass the build’s checks', () => {
		for (const n of [0, 1, 2, 3]) expect(articleTextProblems(`bench-${n}.mdx`, scanMdx(articleBody(n, 'full')).tree, 1, [])).toEqual([]);
	});
	it('the build refuses an article with one uncited figure, naming the line from the top of the file', async () => {
		const raw = await loadFixture(fixtureDir('basic'));
		const [article] = raw.articles;
		const file = readFileSync(join(fixtureDir('basic'), 'articles', 'sample.mdx'), 'utf8');
		const original = stripFrontmatter(file).trim();
		const bodyLine = bodyStartLine(file, original);
		expect(bodyLine).toBeGreaterThan(15);
		const trimmed = `${original}\n\nIn 2031 nothing happened.\n`;
		const total = bodyLine + original.split('\n').length + 1;
		expect(() => buildContentIndex({ ...raw, articles: [{ ...article!, body: trimmed, bodyLine }] })).toThrow(
			new RegExp(`sample\\.mdx:${total}: uncited paragraph`),
		);
	});
});

describe('lines from the top of the file', () => {
	it('finds where an article body starts', () => {
		const file = '---\ntitle: x\nsummary: y\n---\n\n\nFirst line.\n';
		expect(bodyStartLine(file, 'First line.')).toBe(7);
		expect(bodyStartLine('No frontmatter.', 'No frontmatter.')).toBe(1);
	});
	it('points a schema error at the field’s line, without formatting characters', () => {
		const yaml = 'title: T\npublisher: P\nurl: http://e.org\naccessed: 2026-11-28\nlanguage: en\nkind: news\nextra: 1\n';
		const { data, lineOf } = parseStrictYamlWithLines(yaml, 'content/sources/x.yaml');
		const result = sourceSchema.safeParse(data);
		const message = schemaErrorMessage('content/sources/x.yaml', result.error!.issues, lineOf);
		expect(message).toMatch(/content\/sources\/x\.yaml:3: url: expected an absolute https:\/\/ URL/);
		expect(message).toMatch(/content\/sources\/x\.yaml:7: Unrecognized key: "extra"/);
		expect(message).not.toMatch(/\*\*/);
	});
	it('counts frontmatter lines after the opening ---, and nested fields', () => {
		const yaml = 'title: T\nchangelog:\n  - date: 2026-11-01\n    kind: nope\n';
		const { lineOf } = parseStrictYamlWithLines(yaml, 'a.mdx', 1);
		expect(lineOf(['changelog', 0, 'kind'])).toBe(5);
		expect(lineOf(['missing'])).toBe(2);
		expect(() => parseStrictYamlWithLines('a: 1\nb: [\n', 'a.mdx', 1)).toThrow(/^a\.mdx:\d+: invalid YAML/);
	});
});

const article = {
	title: 'T',
	summary: 'S',
	topic: 'basics',
	figures_as_of: '2026-11-28',
	review_by: '2027-02-28',
	published: '2026-11-01',
	updated: '2026-11-28',
	reviewed: '2026-11-28',
	changelog: [{ date: '2026-11-01', kind: 'update', summary: 'First published.' }],
};
const source = { title: 'T', publisher: 'P', url: 'https://e.org/a', published: '2026-11-01', accessed: '2026-11-28', language: 'en', kind: 'news' };
const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) =>
	(result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('dates', () => {
	it('the build date is today in Japan', () => {
		expect(buildDate(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
		expect(buildDate(new Date('2026-12-01T14:59:00Z'))).toBe('2026-12-01');
	});
	it('refuses dates after the build date', () => {
		expect(
			messages(articleSchema.safeParse({ ...article, published: '2031-01-01', updated: '2031-01-01', reviewed: '2031-01-01', review_by: '2031-06-01' })),
		).toEqual([
			expect.stringMatching(/^published: "2031-01-01" is after the build date/),
			expect.stringMatching(/^updated: "2031-01-01" is after the build date/),
			expect.stringMatching(/^reviewed: "2031-01-01" is after the build date/),
		]);
		expect(messages(sourceSchema.safeParse({ ...source, accessed: '2999-01-01' }))).toEqual([expect.stringMatching(/^accessed: .*after the build date/)]);
	});
	it('refuses a source read before it was published, and a review older than the update', () => {
		expect(messages(sourceSchema.safeParse({ ...source, published: '2026-11-29' }))).toEqual([
			expect.stringMatching(/^accessed: accessed must not be earlier than published/),
		]);
		expect(messages(articleSchema.safeParse({ ...article, reviewed: '2026-11-27', figures_as_of: '2026-11-27' }))).toEqual([
			expect.stringMatching(/^reviewed: reviewed must not be earlier than updated/),
		]);
	});
});

describe('duplicate sources', () => {
	it('normalises scheme, host case, default port, trailing slash and fragment', () => {
		const same = ['https://Example.ORG/a/b/', 'https://example.org:443/a/b', 'http://example.org/a/b#part', 'HTTPS://example.org/a/b//'];
		expect(new Set(same.map(normalisedUrl)).size).toBe(1);
		expect(normalisedUrl('https://example.org/a?x=1')).not.toBe(normalisedUrl('https://example.org/a?x=2'));
	});
	it('names the older file and tells the editor to cite it', () => {
		const older = { id: 'faq', filePath: 'content/sources/faq.yaml', data: { url: 'https://e.org/faq', accessed: '2026-11-01' } };
		const newer = { id: 'faq-2', filePath: 'content/sources/a-faq.yaml', data: { url: 'https://E.org/faq/', accessed: '2026-11-28' } };
		expect(duplicateSourceMessage([newer, older])).toBe(
			'content/sources/a-faq.yaml: url: https://E.org/faq/ is the same page as source "faq" in content/sources/faq.yaml (written https://e.org/faq there); cite "faq" instead and delete content/sources/a-faq.yaml',
		);
		expect(duplicateSourceMessage([older])).toBeUndefined();
	});
});

describe('redirects', () => {
	it('refuses loops, chains, bad paths and pages sent to files, naming content/redirects.json', () => {
		expect(() => parseRedirects({ '/a/': '/b/', '/b/': '/a/' })).toThrow(/^content\/redirects\.json:\n.*redirect loop \/a\/ → \/b\/ → \/a\//);
		expect(() => parseRedirects({ '/a/': '/b/', '/b/': '/c/' })).toThrow(
			/"\/a\/" → "\/b\/" → "\/c\/": a chain of redirects; point "\/a\/" straight at "\/c\/"/,
		);
		expect(() => parseRedirects({ '/a/': '/a/' })).toThrow(/redirects to itself/);
		expect(() => parseRedirects({ '/a/': 'https://e.org/' })).toThrow(/is not a site path/);
		expect(() => parseRedirects({ '/a/': '/data/x.csv' })).toThrow(/a page \(ending in \/\) must redirect to a page/);
		expect(() => parseRedirects({ '/a/': 3 })).toThrow(/expected the new path as text/);
		expect(() => parseRedirects([])).toThrow(/content\/redirects\.json: expected an object/);
		expect(parseRedirects({ '/articles/old/': '/articles/new/' })).toEqual({ '/articles/old/': '/articles/new/' });
	});
	it('may map the old page’s anchors, and its redirect page carries the #section over', () => {
		const parsed = parseRedirectFile({ '/articles/old/': { to: '/articles/new/', anchors: { 'old-id': 'new-id' } } });
		expect(parsed).toEqual({ redirects: { '/articles/old/': '/articles/new/' }, anchors: { '/articles/old/': { 'old-id': 'new-id' } } });
		expect(() => parseRedirectFile({ '/a/': { to: '/b/', anchors: { 'x y': 'z' } } })).toThrow(/"\/a\/": anchors: expected/);
		expect(() => parseRedirectFile({ '/a/': { anchors: {} } })).toThrow(/expected the new path as text/);
		const html = redirectPage('/articles/new/', 'https://site.example/articles/new/', { 'old-id': 'new-id' });
		expect(html).toContain('<link rel="canonical" href="https://site.example/articles/new/">');
		expect(html).toContain('<script src="/redirect.js"></script>');
		expect(html).toContain('data-anchors="{&quot;old-id&quot;:&quot;new-id&quot;}"');
		expect(html).toMatch(/<meta http-equiv="refresh" content="0;url=\/articles\/new\/">/);
	});
	it('public/redirect.js goes to the new page with the #section, mapped where the redirect renamed it', () => {
		const script = readFileSync(join(root, 'public', 'redirect.js'), 'utf8');
		const go = (hash: string) => {
			const visited: string[] = [];
			runInNewContext(script, {
				URL,
				location: { hash, href: `https://site.example/articles/old/${hash}`, replace: (url: string) => visited.push(url) },
				document: {
					querySelector: () => ({ getAttribute: () => 'https://site.example/articles/new/' }),
					documentElement: { getAttribute: () => '{"old-id":"new-id"}' },
				},
			});
			return visited;
		};
		expect(go('#old-id')).toEqual(['/articles/new/#new-id']);
		expect(go('#kept')).toEqual(['/articles/new/#kept']);
		expect(go('')).toEqual(['/articles/new/']);
	});
	it('copies a moved article’s card and citation files, and listed files, as real files', () => {
		const copies = fileCopies({ '/articles/old/': '/articles/new/', '/data/old.csv': '/data/new.csv', '/old-page/': '/' });
		expect(Object.fromEntries(copies)).toEqual({
			'/og/old.png': '/og/new.png',
			'/articles/old/cite.bib': '/articles/new/cite.bib',
			'/articles/old/cite.ris': '/articles/new/cite.ris',
			'/articles/old/cite.json': '/articles/new/cite.json',
			'/data/old.csv': '/data/new.csv',
		});
	});
	it('refuses a redirect to a page the build did not make', () => {
		expect(missingTargets({ '/a/': '/gone/', '/b/': '/', '/x.csv': '/y.csv' }, new Set(['/']), () => false)).toEqual([
			'content/redirects.json: "/a/" redirects to "/gone/", which this build did not make; point it at a page that exists',
			'content/redirects.json: "/x.csv" redirects to "/y.csv", which this build did not make; point it at a page that exists',
		]);
	});
	it('names a published article whose file was removed without a redirect', () => {
		const recorded = ['/', '/articles/kept/', '/articles/gone/', '/articles/moved/', '/articles/gone/cite.bib'];
		expect(removedArticles(recorded, (id) => id === 'kept', { '/articles/moved/': '/articles/kept/' })).toEqual([
			expect.stringMatching(
				/^content\/articles\/gone\.mdx was removed, but \/articles\/gone\/ is published; add "\/articles\/gone\/": .* to content\/redirects\.json/,
			),
		]);
	});
});
