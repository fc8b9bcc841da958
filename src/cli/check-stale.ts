/**
 * Staleness check: lists articles past their review date, datasets whose latest figure is older
 * than their cadence allows or whose next figure was due, and sentences that speak of a past date
 * in the present or future tense, in both editions. It only reports, so that time passing never
 * breaks CI; `--strict` (before publishing) fails when anything is listed. The rules are in
 * src/cli/lib/staleness.ts.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../config.ts';
import { isCalendarDate, latestDate, todayInJapan } from '../lib/dates.ts';
import { overdueArticles, pastDatesInTense, staleDatasets, type ArticleReview, type DatasetCurrency, type StaleFinding } from './lib/staleness.ts';
import { parseStrictYaml } from '../loaders/strict-glob.ts';
import { articleSchema, translatedArticleSchema } from '../schemas/article.ts';
import { datasetSchema } from '../schemas/dataset.ts';
import { isIncidentDataset } from '../lib/datasets.ts';

const usage = `Usage: npm run check:stale -- [options]

Lists what has gone stale as of today (the date in Japan):
  - every article past its review_by date;
  - every dataset whose latest figure is older than its cadence allows, or whose
    next_expected date has passed;
  - every sentence in an article that speaks of a date already past in the present or
    future tense ("runs until 31 March 2026", "plans … from August 2026"; in the German
    edition "läuft bis zum 31. März 2026", "soll ab August 2026"), with file:line.

Options:
  --content <folder>   the content folder (default: CONTENT_DIR or content)
  --today <YYYY-MM-DD> check as of this day instead of today
  --strict             exit 1 when anything is listed: use this before publishing
  -h, --help           show this help

Exit codes: 0 nothing listed, or listed without --strict; 1 something listed with --strict;
2 a file could not be read or is invalid.`;

async function files(dir: string, extension: RegExp): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile() && extension.test(entry.name) && !entry.name.startsWith('_'))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The schema's verdict on a file, as one line per problem naming the field. */
function invalid(name: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): Error {
	return new Error(issues.map((issue) => `${name}: ${issue.path.map(String).join('.') || '(file)'}: ${issue.message}`).join('\n'));
}

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: {
			content: { type: 'string', default: contentDir },
			today: { type: 'string' },
			strict: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h', default: false },
		},
	});
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const today = values.today ?? todayInJapan();
	if (!isCalendarDate(today)) throw new Error(`--today: expected a date written as YYYY-MM-DD, got "${today}"`);
	const root = resolve(values.content);
	const name = (file: string) => relative(process.cwd(), file);

	const articles: ArticleReview[] = [];
	const findings: StaleFinding[] = [];
	// The German edition's articles are read in German. Its datasets hold only their texts: the
	// figures, and so their dates, are the English files'.
	const editions = [
		{ folder: join(root, 'articles'), language: 'en', schema: articleSchema },
		{ folder: join(root, 'de', 'articles'), language: 'de', schema: translatedArticleSchema },
	] as const;
	for (const { folder, language, schema } of editions) {
		if (language === 'de' && !existsSync(folder)) continue;
		for (const file of await files(folder, /\.mdx$/)) {
			const source = await readFile(file, 'utf8');
			const parsed = schema.safeParse(parseStrictYaml(frontmatterPattern.exec(source)?.[1] ?? '', name(file)));
			if (!parsed.success) throw invalid(name(file), parsed.error.issues);
			articles.push({ file: name(file), review_by: parsed.data.review_by });
			findings.push(...pastDatesInTense(name(file), source, today, language));
		}
	}
	const datasets: DatasetCurrency[] = [];
	for (const file of await files(join(root, 'data'), /\.ya?ml$/)) {
		const parsed = datasetSchema.safeParse(parseStrictYaml(await readFile(file, 'utf8'), name(file)));
		if (!parsed.success) throw invalid(name(file), parsed.error.issues);
		const dataset = parsed.data;
		const dates = isIncidentDataset(dataset) ? dataset.incidents.map((incident) => incident.date) : dataset.points.map((point) => point.date);
		datasets.push({ file: name(file), cadence: dataset.cadence, next_expected: dataset.next_expected, latest: latestDate(dates)! });
	}
	const all = [...overdueArticles(articles, today), ...staleDatasets(datasets, today), ...findings];

	for (const finding of all) console.log(`${finding.file}${finding.line === undefined ? '' : `:${finding.line}`}  ${finding.message}`);
	const counts = {
		'articles past their review date': all.filter((finding) => finding.kind === 'review-overdue').length,
		'stale datasets': new Set(all.filter((finding) => finding.kind.startsWith('dataset-')).map((finding) => finding.file)).size,
		'sentences with a past date in the present or future tense': all.filter((finding) => finding.kind === 'past-date-tense').length,
	};
	const summary = Object.entries(counts)
		.map(([label, count]) => `${count} ${label}`)
		.join(', ');
	console.log(`Staleness as of ${today}: ${summary} (${articles.length} articles, ${datasets.length} datasets checked).`);
	if (all.length === 0) return 0;
	if (values.strict) {
		console.error('check:stale --strict: bring the items above up to date before publishing.');
		return 1;
	}
	console.log('Reported only; run with --strict before publishing to fail on these.');
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(`check:stale: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(2);
	},
);
