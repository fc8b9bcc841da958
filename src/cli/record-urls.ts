/**
 * Adds the pages and section anchors of the current build to content/published-urls.json.
 * Run after `npm run build` when publishing new pages or sections. Entries are only ever added:
 * once published, a URL or anchor is a promise that the post-build test keeps.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { builtPages, idsIn, publishedFiles } from './lib/dist.ts';
import { extendRecord, isStableAnchor, type PublishedRecord } from '../lib/published.ts';

const usage = `Usage: npm run urls:record [-- --dist <folder>] [--record <file>]

Adds every page and stable anchor (headings, claims, incidents, verdicts, terms) and every
downloadable file (data, citations, feeds, share images) of the built site to the record of published URLs. Existing entries are never removed.

Options:
  --dist <folder>    the built site (default: dist)
  --record <file>    the record (default: content/published-urls.json)
  -h, --help         show this help`;

const { values } = parseArgs({
	options: {
		dist: { type: 'string', default: 'dist' },
		record: { type: 'string', default: 'content/published-urls.json' },
		help: { type: 'boolean', short: 'h', default: false },
	},
});
if (values.help) {
	console.log(usage);
	process.exit(0);
}

const pages = (await builtPages(values.dist)).filter((page) => page.path !== '/404.html');
const built: PublishedRecord = {};
for (const page of pages) built[page.path] = [...idsIn(await readFile(page.file, 'utf8'))].filter(isStableAnchor);
for (const file of await publishedFiles(values.dist)) built[file] = [];
const existing = JSON.parse(await readFile(values.record, 'utf8').catch(() => '{}')) as PublishedRecord;
const next = extendRecord(existing, built);
await writeFile(values.record, `${JSON.stringify(next, null, '\t')}\n`);
const count = (record: PublishedRecord) => Object.values(record).flat().length;
console.log(
	`${values.record}: ${Object.keys(next).length} pages, ${count(next)} anchors (${Object.keys(next).length - Object.keys(existing).length} pages and ${count(next) - count(existing)} anchors added)`,
);
