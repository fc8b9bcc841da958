/**
 * The German edition against the English one (src/lib/editions.ts): a matching pair passes and
 * yields the section map; every kind of mismatch stops the build with a ContentError naming the
 * file and what was expected; dataset texts are replaced while numbers, dates and sources stay.
 * The fixtures are small and in memory, parsed with the real schemas and indexed with the real
 * `buildContentIndex`, as src/content.ts does with the collections.
 */
import { describe, expect, it } from 'vitest';
import { buildContentIndex, ContentError, type ArticleEntry, type Entry, type RawContent } from '../../src/lib/content-index.ts';
import { checkEditions, englishGlossary, Problems, translateDataset, buildGermanIndex } from '../../src/lib/editions.ts';
import { articleSchema, translatedArticleSchema } from '../../src/schemas/article.ts';
import { claimSchema, translatedClaimSchema, type ClaimData } from '../../src/schemas/claim.ts';
import { datasetSchema, datasetTextsSchema, type Dataset, type DatasetTexts, type IncidentDataset, type SeriesDataset } from '../../src/schemas/dataset.ts';
import { germanGlossarySchema, glossarySchema } from '../../src/schemas/glossary.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

// ---------------------------------------------------------------- English edition

const source = (id: string, kind: string) => ({
	id,
	filePath: `content/sources/${id}.yaml`,
	data: sourceSchema.parse({ title: `Source ${id}`, publisher: 'Example', url: `https://example.org/${id}`, accessed: '2026-11-20', language: 'en', kind }),
});

const sources = [source('ministry-faq', 'government'), source('stats-table', 'statistics'), source('news-report', 'news'), source('court-ruling', 'court')];

const dates = { figures_as_of: '2026-11-28', review_by: '2027-02-28', published: '2026-11-01', updated: '2026-11-28', reviewed: '2026-11-28' };

const cardBodyEn = `The card was introduced in 2016 <Cite id="ministry-faq" />.

## How many have a card

By 31 March 2024, 76.3% had a card <Cite id="stats-table" />.

### How the rate is counted

The rate divides the cards by the population of 2024 <Cite id="stats-table" />.

## The claim

<ClaimReview id="card-rate" />

Newspapers reported the figure in 2022 <Cite id="news-report" />.
`;

const securityBodyEn = `A leak was reported in 2023 <Cite id="news-report" />.

## What leaked

Names of 100 people <Cite id="ministry-faq" />, as a court found in 2024 <Cite id="court-ruling" />.
`;

function englishArticle(id: string, topic: string, claims: string[], body: string, extra: Record<string, unknown> = {}): ArticleEntry {
	const data = articleSchema.parse({
		title: `Article ${id}`,
		summary: 'A fixture article.',
		topic,
		...dates,
		changelog: [{ date: '2026-11-01', kind: 'update', summary: 'First published.' }],
		claims,
		...extra,
	});
	return { id, filePath: `content/articles/${id}.mdx`, data, body };
}

const claimEn = {
	claim: 'Ende September hatten nur 49 % der Bürger eine Karte.',
	lang: 'de',
	translation: 'At the end of September only 49% of citizens had a card.',
	claimant: 'Example blog',
	appearance: { title: 'Example article', date: '2022-10-01', url: 'https://example.org/blog' },
	verdict: 'outdated',
	bottom_line: 'The figure was right for September 2022 but is out of date.',
	sources: ['stats-table'],
	subclaims: [
		{ text: '49% at the end of September 2022.', verdict: 'true', sources: ['stats-table', 'news-report'] },
		{ text: 'The card is unpopular.', verdict: 'unproven', sources: ['news-report'] },
	],
};

function englishClaim(id: string, input: Record<string, unknown> = claimEn): Entry<ClaimData> {
	return { id, filePath: `content/claims/${id}.yaml`, data: claimSchema.parse(input) };
}

const adoptionEn = {
	cadence: 'yearly',
	next_expected: '2027-03-31',
	title: 'Card adoption',
	description: 'Share of the population with a card.',
	unit: 'percent',
	series: [
		{ id: 'issued', label: 'Issued', definition: 'Cumulative cards issued divided by population.' },
		{ id: 'held', label: 'Held', definition: 'Valid cards divided by population.' },
	],
	points: [
		{ date: '2020-03-31', series: 'issued', value: 15.5, source: 'stats-table' },
		{ date: '2024-03-31', series: 'issued', value: 76.3, source: 'stats-table' },
		{ date: '2024-03-31', series: 'held', value: 73.0, source: 'news-report', note: 'held cards replace issued cards as the headline figure' },
	],
	events: [
		{ date: '2023-03-31', label: 'Target date', source: 'ministry-faq' },
		{ date: '2024-12-02', label: 'Old cards stop', source: 'ministry-faq' },
	],
};

const incidentsEn = {
	cadence: 'irregular',
	next_expected: '2027-02-28',
	title: 'Incidents',
	description: 'Incidents in the debate.',
	incidents: [
		{
			id: 'first',
			date: '2015-06-01',
			title: 'First incident',
			summary: 'Something happened.',
			scale: 'Many records',
			inside_my_number: false,
			sources: ['news-report'],
		},
		{
			id: 'second',
			date: '2023-05-12',
			title: 'Second incident',
			summary: 'Something else happened.',
			scale: 'Few records',
			inside_my_number: true,
			sources: ['ministry-faq', 'stats-table'],
		},
	],
};

const dataset = (id: string, input: unknown): Entry<Dataset> => ({ id, filePath: `content/data/${id}.yaml`, data: datasetSchema.parse(input) });

const glossaryEn = [
	{ id: 'my-number', term: 'マイナンバー', reading: 'mai nambā', english: 'My Number', definition: 'The 12-digit individual number.' },
	{ id: 'kojin-bango', term: '個人番号', reading: 'kojin bangō', english: 'individual number', definition: 'The legal name of the number.' },
];

function english(): RawContent {
	return {
		articles: [englishArticle('card-basics', 'basics', ['card-rate'], cardBodyEn), englishArticle('security-basics', 'security', [], securityBodyEn)],
		sources,
		claims: [englishClaim('card-rate')],
		datasets: [dataset('adoption', adoptionEn), dataset('incidents', incidentsEn)],
		glossary: englishGlossary(glossaryEn.map(({ id, ...data }) => ({ id, filePath: `content/glossary/${id}.yaml`, data: glossarySchema.parse(data) }))),
	};
}

// ---------------------------------------------------------------- German edition

const cardBodyDe = `Die Karte wurde 2016 eingeführt <Cite id="ministry-faq" />.

## Wie viele Menschen eine Karte haben

Bis zum 31. März 2024 hatten 76,3 % eine Karte <Cite id="stats-table" />.

### Wie die Quote berechnet wird

Die Quote teilt die Karten durch die Bevölkerung des Jahres 2024 <Cite id="stats-table" />.

## Die Behauptung

<ClaimReview id="card-rate" />

Zeitungen berichteten 2022 über die Zahl <Cite id="news-report" />.
`;

const securityBodyDe = `Im Jahr 2023 wurde ein Datenleck gemeldet <Cite id="news-report" />.

## Was über das Leck bekannt ist

Namen von 100 Menschen <Cite id="ministry-faq" />, wie ein Gericht 2024 feststellte <Cite id="court-ruling" />.
`;

const cardSections = ['how-many-have-a-card', 'how-the-rate-is-counted', 'the-claim'];

function germanArticle(id: string, topic: string, claims: string[], sections: string[], body: string, extra: Record<string, unknown> = {}): ArticleEntry {
	const data = translatedArticleSchema.parse({
		title: `Artikel ${id}`,
		summary: 'Ein Artikel für die Tests.',
		topic,
		...dates,
		changelog: [{ date: '2026-11-01', kind: 'update', summary: 'Erstveröffentlichung.' }],
		claims,
		translation_of: id,
		sections,
		...extra,
	});
	return { id, filePath: `content/de/articles/${id}.mdx`, data, body };
}

const { translation: _translation, ...claimDe } = {
	...claimEn,
	bottom_line: 'Die Zahl stimmte für September 2022, ist aber veraltet.',
	subclaims: [
		{ text: '49 % Ende September 2022.', verdict: 'true', sources: ['stats-table', 'news-report'] },
		{ text: 'Die Karte ist unbeliebt.', verdict: 'unproven', sources: ['news-report'] },
	],
};

function germanClaim(id: string, changes: Record<string, unknown> = {}): Entry<ClaimData> {
	return { id, filePath: `content/de/claims/${id}.yaml`, data: translatedClaimSchema.parse({ ...claimDe, ...changes }) };
}

const adoptionDe = {
	title: 'Verbreitung der Karte',
	description: 'Anteil der Bevölkerung mit Karte.',
	series: [
		{ id: 'issued', label: 'Ausgegeben', definition: 'Insgesamt ausgegebene Karten geteilt durch die Bevölkerung.' },
		{ id: 'held', label: 'Im Besitz', definition: 'Gültige Karten geteilt durch die Bevölkerung.' },
	],
	events: [
		{ date: '2023-03-31', label: 'Zieldatum' },
		{ date: '2024-12-02', label: 'Alte Karten laufen aus' },
	],
	notes: [{ date: '2024-03-31', series: 'held', note: 'Gehaltene Karten ersetzen ausgegebene als Leitzahl' }],
};

const incidentsDe = {
	title: 'Vorfälle',
	description: 'Vorfälle in der Debatte.',
	incidents: [
		{ id: 'first', title: 'Erster Vorfall', summary: 'Etwas ist passiert.', scale: 'Viele Datensätze' },
		{ id: 'second', title: 'Zweiter Vorfall', summary: 'Etwas anderes ist passiert.', scale: 'Wenige Datensätze' },
	],
};

const texts = (id: string, input: unknown): Entry<DatasetTexts> => ({ id, filePath: `content/de/data/${id}.yaml`, data: datasetTextsSchema.parse(input) });

const glossaryDe = [
	{
		id: 'my-number',
		term: 'マイナンバー',
		reading: 'mai nambā',
		german: 'My Number (persönliche Nummer)',
		definition: 'Die zwölfstellige persönliche Nummer.',
	},
	{ id: 'kojin-bango', term: '個人番号', reading: 'kojin bangō', german: 'persönliche Nummer', definition: 'Der gesetzliche Name der Nummer.' },
];

function germanGlossary(entries = glossaryDe) {
	return entries.map(({ id, ...input }) => {
		const data = germanGlossarySchema.parse(input);
		return {
			id,
			filePath: `content/de/glossary/${id}.yaml`,
			data: { term: data.term, reading: data.reading, gloss: data.german, definition: data.definition },
		};
	});
}

/** The German edition as src/content.ts assembles it: the English sources, the datasets with German texts. */
function german(en: RawContent = english()): RawContent {
	const textsById = new Map([texts('adoption', adoptionDe), texts('incidents', incidentsDe)].map((entry) => [entry.id, entry]));
	return {
		articles: [
			germanArticle('card-basics', 'basics', ['card-rate'], cardSections, cardBodyDe),
			germanArticle('security-basics', 'security', [], ['what-leaked'], securityBodyDe),
		],
		sources: en.sources,
		claims: [germanClaim('card-rate')],
		datasets: en.datasets.map((entry) => translateDataset(entry, textsById.get(entry.id))),
		glossary: germanGlossary(),
	};
}

// ---------------------------------------------------------------- helpers

type Edit<T> = (entry: T) => T;

function withArticle(raw: RawContent, id: string, edit: Edit<ArticleEntry>): RawContent {
	expect(raw.articles.some((article) => article.id === id)).toBe(true);
	return { ...raw, articles: raw.articles.map((article) => (article.id === id ? edit(article) : article)) };
}

/** The German card-basics article with other frontmatter or body. */
function withGermanCard(data: Record<string, unknown>, body = cardBodyDe): RawContent {
	const de = german();
	return withArticle(de, 'card-basics', (article) => ({ ...article, body, data: { ...article.data, ...data } }));
}

function withGermanClaim(changes: Record<string, unknown>): RawContent {
	return { ...german(), claims: [germanClaim('card-rate', changes)] };
}

/**
 * The message checkEditions throws for the two editions. Both indexes are built first, outside
 * the try, so a fixture that already fails in buildContentIndex fails the test instead of
 * passing for the wrong reason.
 */
function mismatch(de: RawContent, en: RawContent = english()): string {
	const englishIndex = buildContentIndex(en);
	const germanIndex = buildContentIndex(de);
	try {
		checkEditions(englishIndex, germanIndex);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		const message = (error as Error).message;
		expect(message).toMatch(/^The German edition does not match the English one:\n {2}- /);
		return message;
	}
	return expect.fail('expected checkEditions to throw a ContentError');
}

/** The problem lines of a mismatch message. */
const lines = (message: string) => message.split('\n').slice(1);

// ---------------------------------------------------------------- tests

describe('checkEditions on a matching pair', () => {
	it('passes and maps each German section anchor to its English anchor, both ways', () => {
		const sections = checkEditions(buildContentIndex(english()), buildContentIndex(german()));
		expect(Object.fromEntries(sections.toEnglish.get('card-basics')!)).toEqual({
			'wie-viele-menschen-eine-karte-haben': 'how-many-have-a-card',
			'wie-die-quote-berechnet-wird': 'how-the-rate-is-counted',
			'die-behauptung': 'the-claim',
		});
		expect(Object.fromEntries(sections.toGerman.get('card-basics')!)).toEqual({
			'how-many-have-a-card': 'wie-viele-menschen-eine-karte-haben',
			'how-the-rate-is-counted': 'wie-die-quote-berechnet-wird',
			'the-claim': 'die-behauptung',
		});
		expect(Object.fromEntries(sections.toEnglish.get('security-basics')!)).toEqual({ 'was-über-das-leck-bekannt-ist': 'what-leaked' });
		expect(Object.fromEntries(sections.toGerman.get('security-basics')!)).toEqual({ 'what-leaked': 'was-über-das-leck-bekannt-ist' });
		expect([...sections.toEnglish.keys()].sort()).toEqual(['card-basics', 'security-basics']);
		expect([...sections.toGerman.keys()].sort()).toEqual(['card-basics', 'security-basics']);
	});
	it('passes a German claim in German without a translation, and the same verdict change in both changelogs', () => {
		const change = { date: '2026-11-28', kind: 'verdict-change', claim: 'card-rate', from: 'true', to: 'outdated' };
		const en = withArticle(english(), 'card-basics', (article) => ({
			...article,
			data: articleSchema.parse({ ...article.data, changelog: [{ ...change, summary: 'Rated as of today.' }, ...article.data.changelog] }),
		}));
		const de = withGermanCard({ changelog: [{ ...change, summary: 'Nach heutigem Stand bewertet.' }, ...german().articles[0]!.data.changelog] });
		expect(german().claims[0]!.data.translation).toBeUndefined();
		expect(() => checkEditions(buildContentIndex(en), buildContentIndex(de))).not.toThrow();
	});
});

describe('checkEditions: twins', () => {
	it('an English article without a German twin', () => {
		// Only the untranslated article cites court-ruling; see the next test for why it is left out here.
		const de = german();
		const untranslated = {
			...de,
			articles: de.articles.filter((article) => article.id !== 'security-basics'),
			sources: de.sources.filter((entry) => entry.id !== 'court-ruling'),
		};
		expect(lines(mismatch(untranslated))).toEqual([
			'  - content/articles/security-basics.mdx: no German twin; expected content/de/articles/security-basics.mdx with translation_of: security-basics',
		]);
	});
	// Known bug (src/content.ts, loadGerman): the German index is built from ALL English sources
	// before checkEditions runs, so when the untranslated article is the only one citing a source,
	// buildContentIndex stops first with "content/sources/court-ruling.yaml: source "court-ruling" is
	// not cited by any article; cite it or delete the file", which hides the missing twin and gives
	// the wrong advice. Remove `.fails` once the twin check runs before the German index is built.
	it('an English article without a German twin, with the German edition assembled as src/content.ts does', () => {
		const de = german();
		const untranslated = { ...de, articles: de.articles.filter((article) => article.id !== 'security-basics') };
		expect(() => buildGermanIndex(buildContentIndex(english()), untranslated)).toThrow(/content\/articles\/security-basics\.mdx: no German twin/);
	});
	it('a German article without an English original', () => {
		const de = german();
		const extra = germanArticle('id-card-history', 'basics', [], [], 'Die Karte gibt es seit 2016 <Cite id="ministry-faq" />.\n');
		const message = mismatch({ ...de, articles: [...de.articles, extra] });
		expect(lines(message)).toEqual(['  - content/de/articles/id-card-history.mdx: no English article content/articles/id-card-history.mdx to translate']);
	});
	it('translation_of that is not the file id', () => {
		const message = mismatch(withGermanCard({ translation_of: 'security-basics' }));
		expect(message).toContain(
			'content/de/articles/card-basics.mdx: translation_of is "security-basics"; a translation keeps its original\'s file name, so expected "card-basics"',
		);
	});
	it('lists every problem in one error', () => {
		const de = withGermanCard({ translation_of: 'other', topic: 'security', figures_as_of: '2026-11-27' });
		const message = mismatch({ ...de, glossary: germanGlossary(glossaryDe.slice(0, 1)) });
		expect(lines(message)).toEqual([
			expect.stringMatching(/^ {2}- content\/de\/articles\/card-basics\.mdx: translation_of is "other"/),
			'  - content/de/articles/card-basics.mdx: topic is "security", expected "basics" as in content/articles/card-basics.mdx',
			'  - content/de/articles/card-basics.mdx: figures_as_of is 2026-11-27, expected 2026-11-28 as in content/articles/card-basics.mdx: twins state the same figures',
			'  - content/glossary/kojin-bango.yaml: no German glossary entry; expected content/de/glossary/kojin-bango.yaml',
		]);
	});
	it('a verdict change recorded in one changelog only', () => {
		const change = { date: '2026-11-28', kind: 'verdict-change', claim: 'card-rate', from: 'true', to: 'outdated', summary: 'Rated as of today.' };
		const en = withArticle(english(), 'card-basics', (article) => ({
			...article,
			data: articleSchema.parse({ ...article.data, changelog: [change, ...article.data.changelog] }),
		}));
		expect(mismatch(german(), en)).toContain(
			'content/de/articles/card-basics.mdx: changelog: the verdict changes (none) differ from content/articles/card-basics.mdx (2026-11-28 card-rate true→outdated)',
		);
	});
});

describe('checkEditions: sources and claims of twins', () => {
	it('twins citing different sources', () => {
		// The German text drops the first citation of ministry-faq and adds court-ruling.
		const body = cardBodyDe
			.replace('Die Karte wurde 2016 eingeführt <Cite id="ministry-faq" />.', 'Die Karte ist eine Plastikkarte mit Chip.')
			.replace('über die Zahl <Cite id="news-report" />.', 'über die Zahl <Cite id="news-report" />, ein Gericht 2023 <Cite id="court-ruling" />.');
		const message = mismatch(withGermanCard({}, body));
		expect(lines(message)).toEqual([
			'  - content/de/articles/card-basics.mdx: cites different sources than content/articles/card-basics.mdx (missing ministry-faq; not in English court-ruling); twins cite the same sources with the same numbers',
		]);
	});
	it('twins citing the same sources in a different order', () => {
		const body = cardBodyDe.replace(
			'Die Karte wurde 2016 eingeführt <Cite id="ministry-faq" />.',
			'Die Karte wurde 2016 eingeführt <Cite id="stats-table" />, so das Ministerium <Cite id="ministry-faq" />.',
		);
		const message = mismatch(withGermanCard({}, body));
		expect(lines(message)).toEqual([
			'  - content/de/articles/card-basics.mdx: cites different sources than content/articles/card-basics.mdx (same sources, numbered in a different order); twins cite the same sources with the same numbers',
		]);
	});
	it('twins reviewing different claims', () => {
		// The German edition reviews the claim in the other article.
		const de = german();
		const cardBody = cardBodyDe.replace('<ClaimReview id="card-rate" />\n\n', '');
		const securityBody = `${securityBodyDe}\n<ClaimReview id="card-rate" />\n`;
		const articles = [
			germanArticle('card-basics', 'basics', [], cardSections, cardBody),
			germanArticle('security-basics', 'security', ['card-rate'], ['what-leaked'], securityBody),
		];
		const message = mismatch({ ...de, articles });
		expect(message).toContain(
			'content/de/articles/card-basics.mdx: claims: reviews none, but content/articles/card-basics.mdx reviews card-rate; twins review the same claims, in the same order',
		);
		expect(message).toContain(
			'content/de/articles/security-basics.mdx: claims: reviews card-rate, but content/articles/security-basics.mdx reviews none; twins review the same claims, in the same order',
		);
	});
	it('a German claim with a different verdict', () => {
		expect(lines(mismatch(withGermanClaim({ verdict: 'false' })))).toEqual([
			'  - content/de/claims/card-rate.yaml: verdict is "false", expected "outdated" as in content/claims/card-rate.yaml',
		]);
	});
	it('a German claim with different sources', () => {
		const message = mismatch(withGermanClaim({ sources: ['ministry-faq'] }));
		expect(message).toContain('content/de/claims/card-rate.yaml: sources is ["ministry-faq"], expected ["stats-table"] as in content/claims/card-rate.yaml');
	});
	it('a German claim with a part rated differently, or with different sources for a part', () => {
		const [first, second] = claimDe.subclaims;
		expect(lines(mismatch(withGermanClaim({ subclaims: [first, { ...second, verdict: 'false' }] })))).toEqual([
			'  - content/de/claims/card-rate.yaml: subclaims[1].verdict is "false", expected "unproven" as in content/claims/card-rate.yaml',
		]);
		expect(mismatch(withGermanClaim({ subclaims: [{ ...first, sources: ['stats-table'] }, second] }))).toContain(
			'content/de/claims/card-rate.yaml: subclaims[0].sources is ["stats-table"], expected ["stats-table","news-report"] as in content/claims/card-rate.yaml',
		);
		expect(mismatch(withGermanClaim({ subclaims: [first] }))).toContain(
			'content/de/claims/card-rate.yaml: subclaims has 1 parts, expected 2 as in content/claims/card-rate.yaml',
		);
	});
	it('a German claim with another date, claimant or wording', () => {
		const message = mismatch(withGermanClaim({ claimant: 'Anderer Blog', appearance: { ...claimDe.appearance, date: '2022-10-02' } }));
		expect(lines(message)).toEqual([
			'  - content/de/claims/card-rate.yaml: claimant is "Anderer Blog", expected "Example blog" as in content/claims/card-rate.yaml',
			'  - content/de/claims/card-rate.yaml: appearance.date is "2022-10-02", expected "2022-10-01" as in content/claims/card-rate.yaml',
		]);
	});
	it('a missing German claim', () => {
		// Without the claim file the German article cannot show the claim, so it reviews none.
		const de = german();
		const cardBody = cardBodyDe.replace('<ClaimReview id="card-rate" />\n\n', '');
		const articles = [germanArticle('card-basics', 'basics', [], cardSections, cardBody), de.articles[1]!];
		const message = mismatch({ ...de, articles, claims: [] });
		expect(message).toContain('content/claims/card-rate.yaml: no German twin; expected content/de/claims/card-rate.yaml');
	});
	// Known bug (src/lib/content-index.ts, requireEntry with a fixed folder): when the German claim
	// file is missing but the German article still shows the claim, the German index stops with
	// "unknown claim "card-rate"; expected a file content/claims/card-rate.yaml", a file that exists;
	// the file to add is content/de/claims/card-rate.yaml. Remove `.fails` once the message names it.
	it('a missing German claim that the German article still shows names the German file to add', () => {
		expect(() => buildContentIndex({ ...german(), claims: [], editionFolder: 'de/' })).toThrow(
			/unknown claim "card-rate"; expected a file content\/de\/claims\/card-rate\.yaml/,
		);
	});
	it('a German claim without an English one', () => {
		const de = german();
		const securityBody = `${securityBodyDe}\n<ClaimReview id="extra-claim" />\n`;
		const articles = [de.articles[0]!, germanArticle('security-basics', 'security', ['extra-claim'], ['what-leaked'], securityBody)];
		const message = mismatch({ ...de, articles, claims: [...de.claims, germanClaim('extra-claim')] });
		expect(message).toContain('content/de/claims/extra-claim.yaml: no English claim content/claims/extra-claim.yaml');
	});
	it('a claim in another language without a German translation', () => {
		const japanese = { claim: 'マイナンバーカードは不人気だ。', lang: 'ja', translation: 'The My Number card is unpopular.' };
		const en = { ...english(), claims: [englishClaim('card-rate', { ...claimEn, ...japanese })] };
		const message = mismatch({ ...german(), claims: [germanClaim('card-rate', { claim: japanese.claim, lang: 'ja' })] }, en);
		expect(lines(message)).toEqual([
			'  - content/de/claims/card-rate.yaml: translation: the claim is in "ja", so the German edition needs a German translation',
		]);
		expect(() =>
			checkEditions(
				buildContentIndex(en),
				buildContentIndex({ ...german(), claims: [germanClaim('card-rate', { ...japanese, translation: 'Die Karte ist unbeliebt.' })] }),
			),
		).not.toThrow();
	});
});

describe('checkEditions: section keys', () => {
	const cardAnchors = 'how-many-have-a-card, how-the-rate-is-counted, the-claim';
	it('sections with the wrong number of keys, or none', () => {
		expect(lines(mismatch(withGermanCard({ sections: cardSections.slice(0, 2) })))).toEqual([
			`  - content/de/articles/card-basics.mdx: sections lists 2 keys for 3 headings; expected one key per ## or ### heading, in order (the anchor of the matching English heading: ${cardAnchors})`,
		]);
		expect(mismatch(withGermanCard({ sections: [] }))).toContain('content/de/articles/card-basics.mdx: sections lists 0 keys for 3 headings');
	});
	it('a key that is not a heading anchor of the English twin', () => {
		const message = mismatch(withGermanCard({ sections: ['how-many-have-a-card', 'how-the-rate-is-counted', 'the-claims'] }));
		expect(lines(message)).toEqual([
			`  - content/de/articles/card-basics.mdx: sections[2] "the-claims" (for the heading "Die Behauptung") is not a heading anchor of content/articles/card-basics.mdx; expected one of ${cardAnchors}`,
			'  - content/de/articles/card-basics.mdx: sections: no German section for the English heading(s) "The claim" (the-claim)',
		]);
	});
	it('an English heading without a German section', () => {
		const body = cardBodyDe.replace('### Wie die Quote berechnet wird\n\n', '');
		const message = mismatch(withGermanCard({ sections: ['how-many-have-a-card', 'the-claim'] }, body));
		expect(lines(message)).toEqual([
			'  - content/de/articles/card-basics.mdx: sections: no German section for the English heading(s) "How the rate is counted" (how-the-rate-is-counted)',
		]);
	});
	it('a key used twice', () => {
		const message = mismatch(withGermanCard({ sections: ['how-many-have-a-card', 'how-many-have-a-card', 'the-claim'] }));
		expect(message).toContain('content/de/articles/card-basics.mdx: sections[1]: the key "how-many-have-a-card" is used twice');
		expect(message).toContain('no German section for the English heading(s) "How the rate is counted" (how-the-rate-is-counted)');
	});
	it('a German heading on another level than its English match', () => {
		const body = cardBodyDe.replace('### Wie die Quote berechnet wird', '## Wie die Quote berechnet wird');
		expect(lines(mismatch(withGermanCard({}, body)))).toEqual([
			'  - content/de/articles/card-basics.mdx: the heading "Wie die Quote berechnet wird" is level 2, but its English match "How the rate is counted" is level 3',
		]);
	});
});

describe('checkEditions: glossary', () => {
	it('a missing German glossary entry', () => {
		const de = { ...german(), glossary: germanGlossary(glossaryDe.filter((entry) => entry.id !== 'my-number')) };
		expect(lines(mismatch(de))).toEqual(['  - content/glossary/my-number.yaml: no German glossary entry; expected content/de/glossary/my-number.yaml']);
	});
	it('a German entry with another term or reading, or without an English one', () => {
		const changed = glossaryDe.map((entry) => (entry.id === 'kojin-bango' ? { ...entry, reading: 'kojin bango' } : entry));
		expect(lines(mismatch({ ...german(), glossary: germanGlossary(changed) }))).toEqual([
			'  - content/de/glossary/kojin-bango.yaml: term and reading must be those of content/glossary/kojin-bango.yaml ("個人番号", "kojin bangō")',
		]);
		const extra = [
			...glossaryDe,
			{ id: 'juki-net', term: '住基ネット', reading: 'jūki netto', german: 'Juki-Net', definition: 'Das Netz des Einwohnerregisters.' },
		];
		expect(lines(mismatch({ ...german(), glossary: germanGlossary(extra) }))).toEqual([
			'  - content/de/glossary/juki-net.yaml: no English glossary entry content/glossary/juki-net.yaml',
		]);
	});
});

describe('translateDataset', () => {
	const adoption = dataset('adoption', adoptionEn);
	const incidents = dataset('incidents', incidentsEn);
	const series = (entry: Entry<Dataset>) => entry.data as SeriesDataset;
	const timeline = (entry: Entry<Dataset>) => entry.data as IncidentDataset;
	/** Throws the ContentError of translating with these texts, and returns its message. */
	const failure = (english: Entry<Dataset>, input: Record<string, unknown> | undefined): string => {
		const run = () => translateDataset(english, input === undefined ? undefined : texts(english.id, input));
		expect(run).toThrow(ContentError);
		try {
			run();
		} catch (error) {
			return (error as Error).message;
		}
		return expect.fail('expected a ContentError');
	};

	it('replaces the title, description, series labels and definitions, event labels and notes', () => {
		const translated = series(translateDataset(adoption, texts('adoption', adoptionDe)));
		expect(translated.title).toBe('Verbreitung der Karte');
		expect(translated.description).toBe('Anteil der Bevölkerung mit Karte.');
		expect(translated.series).toEqual(adoptionDe.series);
		expect(translated.events.map((event) => event.label)).toEqual(['Zieldatum', 'Alte Karten laufen aus']);
		expect(translated.points.map((point) => point.note)).toEqual([undefined, undefined, 'Gehaltene Karten ersetzen ausgegebene als Leitzahl']);
	});
	it('keeps numbers, dates, units and sources as they are, and leaves the English entry untouched', () => {
		const before = structuredClone(adoption);
		const translated = translateDataset(adoption, texts('adoption', adoptionDe));
		expect(translated.id).toBe('adoption');
		expect(translated.filePath).toBe('content/data/adoption.yaml');
		const data = series(translated);
		const english = series(adoption);
		expect(data.points.map(({ note: _note, ...point }) => point)).toEqual(english.points.map(({ note: _note, ...point }) => point));
		expect(data.events.map(({ label: _label, ...event }) => event)).toEqual(english.events.map(({ label: _label, ...event }) => event));
		expect(data.series.map((entry) => entry.id)).toEqual(['issued', 'held']);
		expect([data.unit, data.cadence, data.next_expected]).toEqual(['percent', 'yearly', '2027-03-31']);
		expect(adoption).toEqual(before);
	});
	it('replaces incident titles, summaries and scales, keeping dates, flags and sources', () => {
		const before = structuredClone(incidents);
		const translated = timeline(translateDataset(incidents, texts('incidents', incidentsDe)));
		expect(translated.title).toBe('Vorfälle');
		expect(translated.description).toBe('Vorfälle in der Debatte.');
		expect(translated.incidents.map(({ id, title, summary, scale }) => ({ id, title, summary, scale }))).toEqual(incidentsDe.incidents);
		const unchanged = ({ title: _t, summary: _s, scale: _c, ...incident }: IncidentDataset['incidents'][number]) => incident;
		expect(translated.incidents.map(unchanged)).toEqual(timeline(incidents).incidents.map(unchanged));
		expect([translated.cadence, translated.next_expected]).toEqual(['irregular', '2027-02-28']);
		expect(incidents).toEqual(before);
	});
	it('reports missing German texts for a whole dataset', () => {
		expect(failure(adoption, undefined)).toBe(
			'content/de/data/adoption.yaml: missing: the German texts of content/data/adoption.yaml (title, description, series, events, notes or incidents)',
		);
	});
	it('reports a missing series text', () => {
		expect(failure(adoption, { ...adoptionDe, series: adoptionDe.series.slice(0, 1) })).toBe(
			'content/de/data/adoption.yaml: series: no entry with id "held"; expected its label and definition',
		);
	});
	it('reports a missing event text, and events out of the English order', () => {
		expect(failure(adoption, { ...adoptionDe, events: adoptionDe.events.slice(0, 1) })).toBe(
			'content/de/data/adoption.yaml: events[1]: expected the event of 2024-12-02 ("Old cards stop"), in the English order',
		);
		expect(failure(adoption, { ...adoptionDe, events: [...adoptionDe.events].reverse() })).toBe(
			'content/de/data/adoption.yaml: events[0]: expected the event of 2023-03-31 ("Target date"), in the English order',
		);
	});
	it('reports a missing note, or a note on another series', () => {
		const expected =
			'content/de/data/adoption.yaml: notes: no note for 2024-03-31, series held; expected a translation of "held cards replace issued cards as the headline figure"';
		expect(failure(adoption, { ...adoptionDe, notes: [] })).toBe(expected);
		expect(failure(adoption, { ...adoptionDe, notes: [{ ...adoptionDe.notes[0]!, series: 'issued' }] })).toBe(expected);
	});
	it('reports a missing incident text, and one for an incident the English file lacks', () => {
		expect(failure(incidents, { ...incidentsDe, incidents: incidentsDe.incidents.slice(1) })).toBe(
			'content/de/data/incidents.yaml: incidents: no entry with id "first"; expected a title, summary and scale for it',
		);
		const extra = { id: 'third', title: 'Dritter', summary: 'Noch etwas.', scale: 'Keine' };
		expect(failure(incidents, { ...incidentsDe, incidents: [...incidentsDe.incidents, extra] })).toBe(
			'content/de/data/incidents.yaml: incidents: third not in content/data/incidents.yaml',
		);
	});
	it('with a problem list, collects every gap, keeps the English text where one is missing, and checkEditions reports them', () => {
		const problems = new Problems();
		const translated = series(
			translateDataset(adoption, texts('adoption', { ...adoptionDe, series: adoptionDe.series.slice(1), events: [], notes: [] }), problems),
		);
		expect(problems.list).toEqual([
			'content/de/data/adoption.yaml: series: no entry with id "issued"; expected its label and definition',
			'content/de/data/adoption.yaml: events[0]: expected the event of 2023-03-31 ("Target date"), in the English order',
			'content/de/data/adoption.yaml: events[1]: expected the event of 2024-12-02 ("Old cards stop"), in the English order',
			'content/de/data/adoption.yaml: notes: no note for 2024-03-31, series held; expected a translation of "held cards replace issued cards as the headline figure"',
		]);
		expect(translated.series.map((entry) => entry.label)).toEqual(['Issued', 'Im Besitz']);
		expect(translated.events.map((event) => event.label)).toEqual(['Target date', 'Old cards stop']);
		expect(() => problems.throwIfAny()).toThrow(ContentError);
		expect(() => checkEditions(buildContentIndex(english()), buildContentIndex(german()), { datasetProblems: problems.list })).toThrow(
			/^The German edition does not match the English one:\n {2}- content\/de\/data\/adoption\.yaml: series: no entry with id "issued"/,
		);
	});
	it('translates every dataset of the German edition the test fixture builds', () => {
		const de = german();
		expect(de.datasets.map((entry) => entry.data.title)).toEqual(['Verbreitung der Karte', 'Vorfälle']);
		expect(buildContentIndex(de).datasets.get('incidents')?.data.title).toBe('Vorfälle');
	});
});
