/**
 * The German edition against the English one. Pure: it takes the two editions' entries and
 * either returns what the German edition needs (datasets with German texts, the section-key
 * map) or throws a ContentError naming the file, the field and what was expected. The rule is
 * that the editions say the same thing: every article has its twin, twins cite the same
 * sources and review the same claims, claims carry the same verdicts, and every section of
 * one has its match in the other.
 */
import type { ClaimData } from '../schemas/claim.ts';
import type { Dataset, DatasetTexts } from '../schemas/dataset.ts';
import type { GlossaryData, GlossaryEntryData } from '../schemas/glossary.ts';
import { buildContentIndex, ContentError, type ArticleEntry, type ContentIndex, type Entry, type RawContent } from './content-index.ts';
import { isIncidentDataset } from './datasets.ts';

/** Problems are collected and reported together, so an editor sees every gap in one build. */
class Problems {
	readonly list: string[] = [];
	add(message: string): void {
		this.list.push(message);
	}
	throwIfAny(): void {
		if (this.list.length > 0)
			throw new ContentError(`The German edition does not match the English one:\n${this.list.map((line) => `  - ${line}`).join('\n')}`);
	}
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);
const list = (values: Iterable<string>) => [...values].join(', ') || 'none';

/**
 * The English dataset with the edition's texts in place of the English ones. Every series,
 * event, note and incident must have its translation; numbers, dates and sources stay as they are.
 */
export function translateDataset(dataset: Entry<Dataset>, texts: Entry<DatasetTexts> | undefined, problems?: Problems): Entry<Dataset> {
	const fail = (message: string) => {
		const full = `${texts?.filePath ?? `content/de/data/${dataset.id}.yaml`}: ${message}`;
		if (problems) problems.add(full);
		else throw new ContentError(full);
	};
	if (!texts) {
		fail(`missing: the German texts of ${dataset.filePath} (title, description, series, events, notes or incidents)`);
		return dataset;
	}
	const t = texts.data;
	const data = dataset.data;
	if (isIncidentDataset(data)) {
		const byId = new Map(t.incidents.map((incident) => [incident.id, incident]));
		const incidents = data.incidents.map((incident) => {
			const text = byId.get(incident.id);
			if (!text) {
				fail(`incidents: no entry with id "${incident.id}"; expected a title, summary and scale for it`);
				return incident;
			}
			return { ...incident, title: text.title, summary: text.summary, scale: text.scale };
		});
		const extra = [...byId.keys()].filter((id) => !data.incidents.some((incident) => incident.id === id));
		if (extra.length > 0) fail(`incidents: ${list(extra)} not in ${dataset.filePath}`);
		return { ...dataset, data: { ...data, title: t.title, description: t.description, incidents } };
	}
	const seriesById = new Map(t.series.map((series) => [series.id, series]));
	const series = data.series.map((entry) => {
		const text = seriesById.get(entry.id);
		if (!text) {
			fail(`series: no entry with id "${entry.id}"; expected its label and definition`);
			return entry;
		}
		return { ...entry, label: text.label, definition: text.definition };
	});
	const events = data.events.map((event, index) => {
		const text = t.events[index];
		if (!text || text.date !== event.date) {
			fail(`events[${index}]: expected the event of ${event.date} ("${event.label}"), in the English order`);
			return event;
		}
		return { ...event, label: text.label };
	});
	const noteKey = (date: string, seriesId: string) => `${date} ${seriesId}`;
	const notes = new Map(t.notes.map((note) => [noteKey(note.date, note.series), note.note]));
	const points = data.points.map((point) => {
		if (point.note === undefined) return point;
		const note = notes.get(noteKey(point.date, point.series));
		if (note === undefined) {
			fail(`notes: no note for ${point.date}, series ${point.series}; expected a translation of "${point.note}"`);
			return point;
		}
		return { ...point, note };
	});
	return { ...dataset, data: { ...data, title: t.title, description: t.description, series, events, points } };
}

/** Each edition's glossary entries in the one shape pages show. */
export function englishGlossary(entries: readonly Entry<GlossaryData>[]): Entry<GlossaryEntryData>[] {
	return entries.map((entry) => ({
		...entry,
		data: { term: entry.data.term, reading: entry.data.reading, gloss: entry.data.english, definition: entry.data.definition },
	}));
}

/**
 * Section keys: for each German article, German heading id → English heading id, and back.
 * The key of a section is the anchor of its English heading, which never changes once published.
 */
export interface SectionMap {
	/** Per article id: German anchor → English anchor. */
	toEnglish: Map<string, Map<string, string>>;
	/** Per article id: English anchor → German anchor. */
	toGerman: Map<string, Map<string, string>>;
}

/**
 * Builds the German edition's index. Missing twins are reported first, as what they are: an
 * untranslated article would otherwise surface as "source … is not cited by any article",
 * which points the editor at the wrong file.
 */
export function buildGermanIndex(english: ContentIndex, raw: RawContent, problems = new Problems()): ContentIndex {
	const germanArticles = new Set(raw.articles.map((article) => article.id));
	const germanClaims = new Set(raw.claims.map((claim) => claim.id));
	for (const article of english.articles) {
		if (!germanArticles.has(article.id))
			problems.add(`${article.filePath}: no German twin; expected content/de/articles/${article.id}.mdx with translation_of: ${article.id}`);
	}
	for (const claim of english.claims.values()) {
		if (!germanClaims.has(claim.id)) problems.add(`${claim.filePath}: no German twin; expected content/de/claims/${claim.id}.yaml`);
	}
	for (const article of raw.articles) {
		if (!english.articleById.has(article.id)) problems.add(`${article.filePath}: no English article content/articles/${article.id}.mdx to translate`);
	}
	problems.throwIfAny();
	return buildContentIndex({ ...raw, editionFolder: 'de/' });
}

/** Checks the German edition against the English one and returns the section map; throws listing every mismatch. */
export function checkEditions(english: ContentIndex, german: ContentIndex, extra: { datasetProblems?: string[] } = {}): SectionMap {
	const problems = new Problems();
	for (const message of extra.datasetProblems ?? []) problems.add(message);
	const toEnglish = new Map<string, Map<string, string>>();
	const toGerman = new Map<string, Map<string, string>>();

	for (const article of english.articles) {
		if (!german.articleById.has(article.id))
			problems.add(`${article.filePath}: no German twin; expected content/de/articles/${article.id}.mdx with translation_of: ${article.id}`);
	}
	for (const article of german.articles) {
		const original = article.data.translation_of;
		if (original !== article.id) {
			problems.add(`${article.filePath}: translation_of is "${String(original)}"; a translation keeps its original's file name, so expected "${article.id}"`);
		}
		const twin = english.articleById.get(article.id);
		if (!twin) {
			problems.add(`${article.filePath}: no English article content/articles/${article.id}.mdx to translate`);
			continue;
		}
		checkArticlePair(twin, article, english, german, problems);
		const sections = sectionKeys(twin, article, english, german, problems);
		toEnglish.set(article.id, sections);
		toGerman.set(article.id, new Map([...sections].map(([de, en]) => [en, de])));
	}

	for (const claim of english.claims.values()) {
		const twin = german.claims.get(claim.id);
		if (!twin) {
			problems.add(`${claim.filePath}: no German twin; expected content/de/claims/${claim.id}.yaml`);
			continue;
		}
		checkClaimPair(claim, twin, problems);
	}
	for (const claim of german.claims.values()) {
		if (!english.claims.has(claim.id)) problems.add(`${claim.filePath}: no English claim content/claims/${claim.id}.yaml`);
	}

	const germanTerms = new Map(german.glossary.map((entry) => [entry.id, entry]));
	for (const entry of english.glossary) {
		const twin = germanTerms.get(entry.id);
		if (!twin) problems.add(`${entry.filePath}: no German glossary entry; expected content/de/glossary/${entry.id}.yaml`);
		else if (twin.data.term !== entry.data.term || twin.data.reading !== entry.data.reading) {
			problems.add(`${twin.filePath}: term and reading must be those of ${entry.filePath} ("${entry.data.term}", "${entry.data.reading}")`);
		}
	}
	for (const entry of german.glossary) {
		if (!english.glossary.some((other) => other.id === entry.id))
			problems.add(`${entry.filePath}: no English glossary entry content/glossary/${entry.id}.yaml`);
	}
	problems.throwIfAny();
	return { toEnglish, toGerman };
}

function checkArticlePair(en: ArticleEntry, de: ArticleEntry, english: ContentIndex, german: ContentIndex, problems: Problems): void {
	if (!sameList(en.data.claims, de.data.claims)) {
		problems.add(
			`${de.filePath}: claims: reviews ${list(de.data.claims)}, but ${en.filePath} reviews ${list(en.data.claims)}; twins review the same claims, in the same order`,
		);
	}
	const enSources = english.plans.get(en.id)?.order ?? [];
	const deSources = german.plans.get(de.id)?.order ?? [];
	if (!sameList(enSources, deSources)) {
		const missing = enSources.filter((id) => !deSources.includes(id));
		const added = deSources.filter((id) => !enSources.includes(id));
		const detail = missing.length || added.length ? `missing ${list(missing)}; not in English ${list(added)}` : 'same sources, numbered in a different order';
		problems.add(`${de.filePath}: cites different sources than ${en.filePath} (${detail}); twins cite the same sources with the same numbers`);
	}
	if (en.data.topic !== de.data.topic) problems.add(`${de.filePath}: topic is "${de.data.topic}", expected "${en.data.topic}" as in ${en.filePath}`);
	if (en.data.figures_as_of !== de.data.figures_as_of) {
		problems.add(
			`${de.filePath}: figures_as_of is ${de.data.figures_as_of}, expected ${en.data.figures_as_of} as in ${en.filePath}: twins state the same figures`,
		);
	}
	const verdictChanges = (article: ArticleEntry) =>
		article.data.changelog
			.filter((change) => change.kind === 'verdict-change')
			.map((change) => `${change.date} ${String(change.claim)} ${String(change.from)}→${String(change.to)}`);
	if (!sameList(verdictChanges(en), verdictChanges(de))) {
		problems.add(`${de.filePath}: changelog: the verdict changes (${list(verdictChanges(de))}) differ from ${en.filePath} (${list(verdictChanges(en))})`);
	}
}

function sectionKeys(en: ArticleEntry, de: ArticleEntry, english: ContentIndex, german: ContentIndex, problems: Problems): Map<string, string> {
	const enHeadings = english.headings.get(en.id) ?? [];
	const deHeadings = german.headings.get(de.id) ?? [];
	const keys = de.data.sections ?? [];
	const map = new Map<string, string>();
	if (keys.length !== deHeadings.length) {
		problems.add(
			`${de.filePath}: sections lists ${keys.length} keys for ${deHeadings.length} headings; expected one key per ## or ### heading, in order (the anchor of the matching English heading: ${list(enHeadings.map((heading) => heading.slug))})`,
		);
		return map;
	}
	const enBySlug = new Map(enHeadings.map((heading) => [heading.slug, heading]));
	const used = new Set<string>();
	deHeadings.forEach((heading, index) => {
		const key = keys[index]!;
		const match = enBySlug.get(key);
		if (!match) {
			problems.add(
				`${de.filePath}: sections[${index}] "${key}" (for the heading "${heading.text}") is not a heading anchor of ${en.filePath}; expected one of ${list(enBySlug.keys())}`,
			);
			return;
		}
		if (used.has(key)) problems.add(`${de.filePath}: sections[${index}]: the key "${key}" is used twice`);
		if (match.depth !== heading.depth)
			problems.add(`${de.filePath}: the heading "${heading.text}" is level ${heading.depth}, but its English match "${match.text}" is level ${match.depth}`);
		used.add(key);
		map.set(heading.slug, key);
	});
	const unmatched = enHeadings.filter((heading) => !used.has(heading.slug));
	if (unmatched.length > 0) {
		problems.add(
			`${de.filePath}: sections: no German section for the English heading(s) ${list(unmatched.map((heading) => `"${heading.text}" (${heading.slug})`))}`,
		);
	}
	return map;
}

function checkClaimPair(en: Entry<ClaimData>, de: Entry<ClaimData>, problems: Problems): void {
	const same = (field: string, a: unknown, b: unknown) => {
		if (JSON.stringify(a) !== JSON.stringify(b))
			problems.add(`${de.filePath}: ${field} is ${JSON.stringify(b)}, expected ${JSON.stringify(a)} as in ${en.filePath}`);
	};
	same('claim', en.data.claim, de.data.claim);
	same('lang', en.data.lang, de.data.lang);
	same('claimant', en.data.claimant, de.data.claimant);
	same('verdict', en.data.verdict, de.data.verdict);
	same('sources', en.data.sources, de.data.sources);
	same('appearance.date', en.data.appearance.date, de.data.appearance.date);
	same('appearance.url', en.data.appearance.url, de.data.appearance.url);
	same('appearance.title_supplied', en.data.appearance.title_supplied, de.data.appearance.title_supplied);
	same('since.sources', en.data.since?.sources, de.data.since?.sources);
	if (en.data.subclaims.length !== de.data.subclaims.length) {
		problems.add(`${de.filePath}: subclaims has ${de.data.subclaims.length} parts, expected ${en.data.subclaims.length} as in ${en.filePath}`);
	} else {
		en.data.subclaims.forEach((part, index) => {
			same(`subclaims[${index}].verdict`, part.verdict, de.data.subclaims[index]!.verdict);
			same(`subclaims[${index}].sources`, part.sources, de.data.subclaims[index]!.sources);
		});
	}
	if (de.data.lang !== 'de' && de.data.translation === undefined) {
		problems.add(`${de.filePath}: translation: the claim is in "${de.data.lang}", so the German edition needs a German translation`);
	}
}

export { Problems };
