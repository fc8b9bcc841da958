import { execFile } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { daysBetween, todayInJapan } from '../../src/lib/dates.ts';
import { dateEnd, maxAgeDays, overdueArticles, pastDatesInTense, proseOnly, staleDatasets } from '../../src/cli/lib/staleness.ts';
import { copyFixture, fixtureDir } from '../helpers/fixtures.ts';

const run = promisify(execFile);
const today = '2026-12-02';

describe('articles past their review date', () => {
	it('lists a back-dated article and no other', () => {
		const findings = overdueArticles(
			[
				{ file: 'content/articles/old.mdx', review_by: '2026-06-01' },
				{ file: 'content/articles/due-today.mdx', review_by: '2026-12-02' },
				{ file: 'content/articles/current.mdx', review_by: '2027-03-02' },
			],
			today,
		);
		expect(findings).toEqual([
			{ kind: 'review-overdue', file: 'content/articles/old.mdx', message: expect.stringMatching(/^review was due by 2026-06-01 \(184 days ago\)/) },
		]);
	});
});

describe('datasets', () => {
	const dataset = { file: 'data/a.yaml', cadence: 'monthly', next_expected: '2026-12-31', latest: '2026-10-31' } as const;
	it('allow two periods of the cadence, and no limit when irregular', () => {
		expect(maxAgeDays('monthly')).toBe(62);
		expect(maxAgeDays('yearly')).toBe(732);
		expect(maxAgeDays('irregular')).toBeUndefined();
	});
	it('pass while the latest figure is within the cadence and the next is not yet due', () => {
		expect(staleDatasets([dataset], today)).toEqual([]);
		expect(staleDatasets([{ ...dataset, cadence: 'irregular', latest: '2024-05-16' }], today)).toEqual([]);
	});
	it('list a latest figure older than the cadence allows', () => {
		expect(staleDatasets([{ ...dataset, latest: '2026-01-31' }], today)).toEqual([
			{
				kind: 'dataset-old',
				file: 'data/a.yaml',
				message: expect.stringMatching(/^latest figure is from 2026-01-31, 305 days ago; a monthly dataset allows 62/),
			},
		]);
	});
	it('list a next figure that was due', () => {
		expect(staleDatasets([{ ...dataset, next_expected: '2026-11-30' }], today)).toEqual([
			{ kind: 'dataset-next-due', file: 'data/a.yaml', message: expect.stringMatching(/^the next figure was expected by 2026-11-30/) },
		]);
	});
});

describe('written dates', () => {
	it('end on the last day they can mean', () => {
		expect(dateEnd('31 March 2026')).toBe('2026-03-31');
		expect(dateEnd('March 31, 2026')).toBe('2026-03-31');
		expect(dateEnd('August 2026')).toBe('2026-08-31');
		expect(dateEnd('February 2028')).toBe('2028-02-29');
		expect(dateEnd('autumn 2024')).toBe('2024-11-30');
		expect(dateEnd('fiscal 2028')).toBe('2029-03-31');
		expect(dateEnd('2025')).toBe('2025-12-31');
		expect(dateEnd('2026-07-01')).toBe('2026-07-01');
		expect(dateEnd('soon')).toBeUndefined();
	});
	it('end on the last day they can mean, written in German', () => {
		expect(dateEnd('31. März 2026', 'de')).toBe('2026-03-31');
		expect(dateEnd('1.August 2026', 'de')).toBe('2026-08-01');
		expect(dateEnd('Ende März 2026', 'de')).toBe('2026-03-31');
		expect(dateEnd('Februar 2028', 'de')).toBe('2028-02-29');
		expect(dateEnd('Herbst 2024', 'de')).toBe('2024-11-30');
		expect(dateEnd('Fiskaljahr 2028', 'de')).toBe('2029-03-31');
		expect(dateEnd('2025', 'de')).toBe('2025-12-31');
		expect(dateEnd('31 March 2026', 'de')).toBeUndefined();
	});
});

const article = `---
title: Test
summary: The grace period runs until 31 March 2026.
topic: basics
review_by: 2027-03-02
---

Old cards are still accepted: the grace period runs until 31 March 2026 <Cite id="a" />.

One city plans certificates from 1 August 2026, and the government is expected to decide in spring 2026.

New cards stopped being issued on 2 December 2024, and old ones stayed valid until 1 December 2025.

From October 2015 residents were told their number by post. It reports the government's plan to scrap the card, announced on 13 October 2022.

The next-generation card will be introduced in fiscal 2028, and the review runs until 31 March 2027.

<Quote lang="ja" translation="Cards will be abolished in autumn 2024">保険証は2024年秋に廃止する</Quote>

Kono said the government “will abolish cards in autumn 2024”.

- **1 August 2026.** Certificates will be sent to everyone aged 75 and over.

## Plans from 2023

The notice set this arrangement to last until 31 March 2026.
`;

const germanArticle = `---
title: Test
summary: Die Übergangsfrist läuft bis zum 31. März 2026.
topic: basics
review_by: 2027-03-02
translation_of: test
---

Alte Karten werden noch angenommen: Die Übergangsfrist läuft bis zum 31. März 2026 <Cite id="a" />.

Eine Stadt plant ab dem 1. August 2026 neue Bescheinigungen. Ab dem 1. April 2026 können Praxen die Daten abrufen.

Laut dem Rundschreiben sollte diese Regelung bis zum 31. März 2026 gelten. Ein weiteres dehnte sie aus, ebenfalls bis Ende März 2026.

Die Nutzung fiel bis Dezember 2023 auf 4,29 %. Am 22. Dezember 2023 beschloss die Regierung, dass ab dem 2. Dezember 2024 keine Karten mehr ausgegeben werden sollten.

Die Linie der gültigen Karten beginnt im Juni 2023, dem ersten Monat mit Daten. Die Karte wird seit 2016 ausgegeben.

Die neue Karte soll im Fiskaljahr 2028 kommen, und die Prüfung läuft bis zum 31. März 2027.

Der Minister sagte, man „werde die Karten im Herbst 2024 abschaffen“.

- **1. August 2026.** Die Bescheinigungen sollen an alle ab 75 Jahren verschickt werden.
`;

describe('German sentences that put a past date in the present or future tense', () => {
	const findings = pastDatesInTense('de.mdx', germanArticle, today, 'de');
	it('are listed, also where a day’s number ends in a full stop ("31. März 2026")', () => {
		expect(findings.map((finding) => [finding.line, finding.message.split('”:')[0]])).toEqual([
			[3, '“läuft bis zum 31. März 2026'],
			[9, '“läuft bis zum 31. März 2026'],
			[11, '“plant ab dem 1. August 2026'],
			[11, '“Ab dem 1. April 2026'],
			[23, '“**1. August 2026.** Die Bescheinigungen sollen'],
		]);
	});
	it('leave out past forms, the present passive, a chart’s description, future dates and quotations', () => {
		const lines = findings.map((finding) => finding.line);
		for (const line of [13, 15, 17, 19, 21]) expect(lines, `line ${line}`).not.toContain(line);
	});
	it('are not looked for with the English rules, nor English ones with the German', () => {
		expect(pastDatesInTense('de.mdx', germanArticle, today)).toEqual([]);
		expect(pastDatesInTense('a.mdx', article, today, 'de')).toEqual([]);
	});
});

describe('German sentences, one by one', () => {
	// [sentence, whether it is listed as of 2 December 2026]
	const cases: [string, boolean][] = [
		['Das Gesetz tritt am 1. April 2026 in Kraft.', true],
		['Die Umstellung ist für April 2026 geplant.', true],
		['Das Gesetz tritt voraussichtlich im Juni 2026 in Kraft.', true],
		['Die Karten sind bis zum 1. Dezember 2026 bei den Gemeinden erhältlich.', true],
		['Stand März 2026 gilt die Regel ab 1. April 2026.', true],
		['Die neuen Regeln gelten ab 1. April 2026.', true],
		['Bürger erhalten ab 1. Oktober 2026 eine neue Karte.', true],
		['Die Zahl lag bei 12. Ab 1. April 2026 gilt die neue Regel.', true],
		['Die Frist läuft am 31. März 2026 ab.', true],
		['Die Übergangszeit endet im März 2026.', true],
		['Die Frist läuft bis zum 31.03.2026.', true],
		['Bis 2024 hat die Regierung die Karte eingeführt.', false],
		['Die Frist wurde u. a. bis 31. März 2026 verlängert.', false],
		['Laut Berichten soll die Behörde im März 2024 Daten verloren haben.', false],
		['Die Stadt schickte bis zum 31. Juli 2026 Nachweise.', false],
		['Die erste Runde bot ab September 2020 Punkte im Wert von bis zu 5.000 Yen.', false],
		['Die neue Karte soll im Fiskaljahr 2028 kommen.', false],
	];
	for (const [sentence, listed] of cases) {
		it(`${listed ? 'lists' : 'passes'} “${sentence}”`, () => {
			expect(pastDatesInTense('de.mdx', `---\ntitle: T\n---\n\n${sentence}\n`, today, 'de').length > 0).toBe(listed);
		});
	}
});

describe('sentences that put a past date in the present or future tense', () => {
	const findings = pastDatesInTense('a.mdx', article, today);
	it('are listed with the line from the top of the file, title and summary included', () => {
		expect(findings.map((finding) => [finding.line, finding.message.split('”:')[0]])).toEqual([
			[3, '“runs until 31 March 2026'],
			[8, '“runs until 31 March 2026'],
			[10, '“plans certificates from 1 August 2026'],
			[22, '“**1 August 2026.** Certificates will'],
		]);
	});
	it('leave out past tense, future dates, quotations and headings', () => {
		const lines = findings.map((finding) => finding.line);
		for (const line of [12, 14, 16, 18, 20, 24, 26]) expect(lines, `line ${line}`).not.toContain(line);
	});
	it('keep lines and columns when blanking what is not prose', () => {
		const prose = proseOnly(article);
		expect(prose.split('\n')).toHaveLength(article.split('\n').length);
		expect(prose).not.toMatch(/Cite|保険証|will abolish|review_by/);
	});
});

describe('check:stale CLI', () => {
	const cli = join(import.meta.dirname, '..', '..', 'src', 'cli', 'check-stale.ts');
	it('finds nothing in the fixture while its yearly dataset is current, and lists the dataset later', async () => {
		const { stdout } = await run(process.execPath, [cli, '--content', fixtureDir('basic'), '--today', '2025-03-01', '--strict']);
		expect(stdout).toMatch(/Staleness as of 2025-03-01: 0 articles past their review date, 0 stale datasets, 0 sentences/);
		const later = await run(process.execPath, [cli, '--content', fixtureDir('basic'), '--today', '2026-11-28']);
		expect(later.stdout).toMatch(/adoption\.yaml {2}latest figure is from 2024-03-31, 972 days ago; a yearly dataset allows 732/);
		expect(later.stdout).toMatch(/adoption\.yaml {2}the next figure was expected by 2025-03-31/);
	}, 60_000);
	it('lists a back-dated article, reporting without failing unless --strict', async () => {
		const dir = await copyFixture('basic');
		const file = join(dir, 'articles', 'sample.mdx');
		await writeFile(
			file,
			(await readFile(file, 'utf8'))
				.replace('review_by: 2027-02-28', 'review_by: 2026-12-01')
				.replace('updated: 2026-11-28', 'updated: 2026-11-01')
				.replace('reviewed: 2026-11-28', 'reviewed: 2026-11-01')
				.replace('figures_as_of: 2026-11-28', 'figures_as_of: 2026-11-01'),
			'utf8',
		);
		const reported = await run(process.execPath, [cli, '--content', dir, '--today', '2026-12-02']);
		expect(reported.stdout).toMatch(/sample\.mdx {2}review was due by 2026-12-01 \(1 days ago\)/);
		expect(reported.stdout).toMatch(/Reported only; run with --strict before publishing/);
		const strict = await run(process.execPath, [cli, '--content', dir, '--today', '2026-12-02', '--strict']).catch(
			(error: { code: number; stdout: string }) => error,
		);
		expect(strict).toMatchObject({ code: 1 });
	}, 60_000);
	it('reads the German edition in German', async () => {
		const dir = await copyFixture('basic');
		const english = await readFile(join(dir, 'articles', 'sample.mdx'), 'utf8');
		await mkdir(join(dir, 'de', 'articles'), { recursive: true });
		await writeFile(
			join(dir, 'de', 'articles', 'beispiel.mdx'),
			`${english.replace(/^title: .*$/m, 'title: Ein Beispiel\ntranslation_of: sample')}\nDie Übergangsfrist läuft bis zum 31. März 2026.\n`,
			'utf8',
		);
		const { stdout } = await run(process.execPath, [cli, '--content', dir, '--today', '2026-12-02']);
		expect(stdout).toMatch(/de\/articles\/beispiel\.mdx:\d+ {2}“läuft bis zum 31\. März 2026”: 31\. März 2026 has passed/);
		expect(stdout).toMatch(/\(2 articles, /);
	}, 60_000);
	it('names the file and field of invalid content', async () => {
		const dir = await copyFixture('basic');
		const file = join(dir, 'data', 'adoption.yaml');
		await writeFile(file, (await readFile(file, 'utf8')).replace('cadence: yearly', 'cadence: sometimes'), 'utf8');
		const failure = await run(process.execPath, [cli, '--content', dir, '--today', '2026-12-02']).catch((error: { code: number; stderr: string }) => error);
		expect(failure).toMatchObject({ code: 2 });
		expect((failure as { stderr: string }).stderr).toMatch(/adoption\.yaml: cadence: expected one of weekly/);
	}, 30_000);
	it('prints --help', async () => {
		const { stdout } = await run(process.execPath, [cli, '--help']);
		expect(stdout).toMatch(/^Usage: npm run check:stale/);
		expect(stdout).toMatch(/--strict/);
	}, 30_000);
});

describe('dates in Japan', () => {
	it('give today in Japan and whole days between dates', () => {
		expect(todayInJapan(new Date('2026-12-01T15:30:00Z'))).toBe('2026-12-02');
		expect(todayInJapan(new Date('2026-12-01T14:30:00Z'))).toBe('2026-12-01');
		expect(daysBetween('2026-11-30', '2026-12-02')).toBe(2);
		expect(daysBetween('2026-12-02', '2026-11-30')).toBe(-2);
	});
});
