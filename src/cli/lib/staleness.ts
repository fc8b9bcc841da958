/**
 * What has gone stale as of a given day, for `npm run check:stale`: articles past their review
 * date, datasets whose latest figure is older than their cadence allows (or whose next figure
 * was due), and sentences that speak of a date already past in the present or future tense
 * ("runs until 31 March 2026", "plans certificates from August 2026"), in English or, for the
 * German edition, in German ("läuft bis zum 31. März 2026"). Pure: the CLI reads the files and
 * passes their text and dates in.
 */
import { cadenceDays, type Cadence } from '../../schemas/dataset.ts';
import { daysBetween } from '../../lib/dates.ts';

export interface StaleFinding {
	kind: 'review-overdue' | 'dataset-old' | 'dataset-next-due' | 'past-date-tense';
	/** The file, as the CLI names it. */
	file: string;
	/** Line from the top of the file (frontmatter included), where there is one. */
	line?: number;
	message: string;
}

/** An article's review date. */
export interface ArticleReview {
	file: string;
	review_by: string;
}

/** Every article whose review date has passed. */
export function overdueArticles(articles: readonly ArticleReview[], today: string): StaleFinding[] {
	return articles
		.filter((article) => article.review_by < today)
		.map((article) => ({
			kind: 'review-overdue' as const,
			file: article.file,
			message: `review was due by ${article.review_by} (${daysBetween(article.review_by, today)} days ago): check every statement against its sources, then set reviewed and a new review_by`,
		}));
}

/** A dataset's cadence and its latest date (point or incident). */
export interface DatasetCurrency {
	file: string;
	cadence: Cadence;
	next_expected: string;
	/** The latest date among its points or incidents. */
	latest: string;
}

/** The oldest a dataset's latest figure may be: two periods of its cadence, or none if irregular. */
export function maxAgeDays(cadence: Cadence): number | undefined {
	return cadence === 'irregular' ? undefined : 2 * cadenceDays[cadence];
}

/** Every dataset whose latest figure is older than its cadence allows, or whose next figure was due. */
export function staleDatasets(datasets: readonly DatasetCurrency[], today: string): StaleFinding[] {
	const findings: StaleFinding[] = [];
	for (const dataset of datasets) {
		const age = daysBetween(dataset.latest, today);
		const allowed = maxAgeDays(dataset.cadence);
		if (allowed !== undefined && age > allowed) {
			findings.push({
				kind: 'dataset-old',
				file: dataset.file,
				message: `latest figure is from ${dataset.latest}, ${age} days ago; a ${dataset.cadence} dataset allows ${allowed}: add the figures published since, or correct the cadence`,
			});
		}
		if (dataset.next_expected < today) {
			findings.push({
				kind: 'dataset-next-due',
				file: dataset.file,
				message: `the next figure was expected by ${dataset.next_expected}: add it (or note that none was published) and set next_expected to the date after that`,
			});
		}
	}
	return findings;
}

/** The languages the tense check reads: English, and German for the German edition (content/de/). */
export type ProseLanguage = 'en' | 'de';

const monthsIn: Record<ProseLanguage, readonly string[]> = {
	en: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
	de: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
};
const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const endOfMonth = (year: number, month: number) => `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`;

type DatePattern = { pattern: string; end: (match: RegExpExecArray) => string };

/**
 * Dates as written in prose, longest form first, each with the last day it can mean: a day is
 * itself, a month ends on its last day, a season on its last month's, a Japanese fiscal year on
 * 31 March of the next year, a bare year on 31 December.
 */
function datePatternsIn(language: ProseLanguage): DatePattern[] {
	const months = monthsIn[language];
	const monthNames = months.join('|');
	const month = (name: string) => months.indexOf(name.toLowerCase()) + 1;
	const iso: DatePattern = { pattern: String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`, end: (m) => `${m[1]}-${m[2]}-${m[3]}` };
	const year: DatePattern = { pattern: String.raw`\b((?:19|20)\d{2})\b(?![-/\d])`, end: (m) => `${m[1]}-12-31` };
	if (language === 'de') {
		// "31. März 2026", "31.03.2026", "Ende März 2026", "Herbst 2024", "im Fiskaljahr 2025".
		return [
			iso,
			{ pattern: String.raw`\b(\d{1,2})\.\s*(${monthNames})\s+(\d{4})\b`, end: (m) => `${m[3]}-${pad(month(m[2]!))}-${pad(Number(m[1]))}` },
			{ pattern: String.raw`\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b`, end: (m) => `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}` },
			{ pattern: String.raw`(?<!\p{L})(?:(?:Anfang|Mitte|Ende)\s+)?(${monthNames})\s+(\d{4})\b`, end: (m) => endOfMonth(Number(m[2]), month(m[1]!)) },
			{
				pattern: String.raw`(?<!\p{L})(Frühjahr|Frühling|Sommer|Herbst)\s+(\d{4})\b`,
				end: (m) => endOfMonth(Number(m[2]), { frühjahr: 5, frühling: 5, sommer: 8, herbst: 11 }[m[1]!.toLowerCase() as 'sommer']),
			},
			{ pattern: String.raw`(?<!\p{L})Winter\s+(\d{4})\b`, end: (m) => endOfMonth(Number(m[1]) + 1, 2) },
			{ pattern: String.raw`(?<!\p{L})(?:Fiskal|Haushalts|Geschäfts)jahr(?:es|s)?\s+(\d{4})\b`, end: (m) => `${Number(m[1]) + 1}-03-31` },
			year,
		];
	}
	return [
		iso,
		{ pattern: String.raw`\b(\d{1,2})\s+(${monthNames})\s+(\d{4})\b`, end: (m) => `${m[3]}-${pad(month(m[2]!))}-${pad(Number(m[1]))}` },
		{ pattern: String.raw`\b(${monthNames})\s+(\d{1,2}),?\s+(\d{4})\b`, end: (m) => `${m[3]}-${pad(month(m[1]!))}-${pad(Number(m[2]))}` },
		{ pattern: String.raw`\b(?:the\s+end\s+of\s+)?(${monthNames})\s+(\d{4})\b`, end: (m) => endOfMonth(Number(m[2]), month(m[1]!)) },
		{
			pattern: String.raw`\b(spring|summer|autumn|fall)\s+(?:of\s+)?(\d{4})\b`,
			end: (m) => endOfMonth(Number(m[2]), { spring: 5, summer: 8, autumn: 11, fall: 11 }[m[1]!.toLowerCase() as 'spring']),
		},
		{ pattern: String.raw`\bwinter\s+(?:of\s+)?(\d{4})\b`, end: (m) => endOfMonth(Number(m[1]) + 1, 2) },
		{ pattern: String.raw`\b(?:fiscal(?:\s+year)?|FY)\s*(\d{4})\b`, end: (m) => `${Number(m[1]) + 1}-03-31` },
		year,
	];
}

/** Each language's date forms, made once: each with the whole-text pattern dateEnd() reads it by. */
const datePatterns: Record<ProseLanguage, (DatePattern & { whole: RegExp })[]> = {
	en: datePatternsIn('en').map((form) => ({ ...form, whole: new RegExp(`^(?:${form.pattern})$`, 'iu') })),
	de: datePatternsIn('de').map((form) => ({ ...form, whole: new RegExp(`^(?:${form.pattern})$`, 'iu') })),
};

/** The last day a written date can mean, or undefined if the text is not one of the forms above. */
export function dateEnd(text: string, language: ProseLanguage = 'en'): string | undefined {
	for (const { whole, end } of datePatterns[language]) {
		const match = whole.exec(text.trim());
		if (match) return end(match);
	}
	return undefined;
}

/**
 * A determiner or possessive just before "plan(s)" makes it a noun ("the plan announced in
 * 2022"), and so does "of" after it ("a cabinet plan of 24 December 2021").
 */
const verbPlans = String.raw`(?<!\b(?:the|a|an|its|their|his|her|our|this|that|these|those|such|new|same)\s+|['’]s\s+)(?:plans|plan\s+to)(?!\s+of\b)`;

interface Marker {
	pattern: RegExp;
	reach: number;
	unlessPastTense?: true;
	/** The date may stand inside the marker's words ("tritt am 1. April 2026 in Kraft"): it is looked for from the marker's start. */
	dateWithin?: true;
	/** The marker does not count in a sentence that matches this ("soll … verloren haben" reports what is said to have happened). */
	unless?: RegExp;
}

/**
 * Words that put what follows in the present or the future. A past date after one of them, in
 * the same sentence and within `reach` characters, speaks of the past as if it were still to
 * come. Past and conditional forms ("was expected", "planned", "would aim") do not count. A bare
 * "until" or "from" counts only right before the date and in a sentence without a past-tense
 * verb ("from October 2015 residents were told" is history, "runs until 31 March 2026" is not).
 */
const englishMarkers: Marker[] = [
	{
		pattern: new RegExp(
			String.raw`(?<!\b(?:would|could|might|should|did|had)\s+)\b(?:` +
				[
					String.raw`will`,
					String.raw`won['’]t`,
					String.raw`shall`,
					String.raw`(?:is|are)\s+(?:going\s+to|expected|scheduled|planned|slated|intended|likely\s+to|set\s+to|to\s+be)`,
					String.raw`(?:is|are)\s+due\s+(?:to\s+(?:be|end|start|begin|expire|open|close|run|take|come|launch|appear|publish)|by|on|in|from)`,
					verbPlans,
					String.raw`aims\s+to`,
					String.raw`intends\s+to`,
					String.raw`upcoming`,
					String.raw`forthcoming`,
					String.raw`(?:runs|remains|stays|lasts|continues|applies|(?:is|are)\s+(?:valid|available|open|in\s+effect|in\s+force|extended))\s+(?:\S+\s+){0,3}?(?:until|till|through)`,
					String.raw`(?:starts|begins|opens|ends|expires|launches|takes\s+effect|comes\s+into\s+force)\s+(?:on|from)`,
				].join('|') +
				String.raw`)\b`,
			'giu',
		),
		// About a dozen words.
		reach: 90,
	},
	{ pattern: /\b(?:until|till|from|starting)\b/giu, reach: 12, unlessPastTense: true },
];

/** Past-tense verbs, roughly: "was", "were", irregular pasts (with "set", "let", "put", which may be either) and any word ending in -ed. */
const englishPastTense =
	/\b(?:was|were|had|did|set|let|put|cut|hit|became|began|came|went|made|took|gave|got|said|told|ran|found|saw|left|kept|held|paid|rose|fell|grew|stood|brought|thought|chose|sent|spent|won|lost|\p{L}{2,}ed)\b/iu;

/**
 * The same in German: "soll", "plant", "ist … geplant", "voraussichtlich", "läuft … bis", "gilt
 * … bis", "läuft … ab", "beginnt am", "endet im", "tritt … in Kraft". The date may stand inside
 * these ("tritt am 1. April 2026 in Kraft", "ist für April 2026 geplant"). "Wird" and "werden"
 * are left out: they also make the present passive ("wird seit 2016 ausgegeben"); so is
 * "beginnt im", which describes a chart as often as an event ("die Linie beginnt im Juni
 * 2023"). "Soll" with a perfect infinitive reports a claim about the past ("soll … verloren
 * haben"). A bare "bis" or "ab" counts only right before the date and in a sentence without a
 * past form ("wurde bis zum 31. März 2026 verlängert" is history).
 */
const germanMarkers: Marker[] = [
	{
		pattern: /(?<!\p{L})(?:soll|sollen)(?!\p{L})/giu,
		reach: 90,
		unless: /\p{Ll}(?:t|en)\s+(?:haben|sein)(?!\p{L})/u,
	},
	{
		pattern: new RegExp(
			String.raw`(?<!\p{L})(?:` +
				[
					String.raw`plant|planen|beabsichtigt|beabsichtigen`,
					String.raw`(?:ist|sind)\s+(?:\S+\s+){0,4}?(?:geplant|vorgesehen|angekündigt)`,
					String.raw`voraussichtlich`,
					String.raw`bevorstehende[nmrs]?`,
					String.raw`(?:läuft|laufen|gilt|gelten|bleibt|bleiben|dauert|dauern)\s+(?:\S+\s+){0,3}?bis`,
					String.raw`(?:läuft|laufen)\s+(?:\S+\s+){0,4}?(?:ab|aus)(?=\s*[.,;!?]|\s*$)`,
					String.raw`(?:beginnt|beginnen|startet|starten)\s+(?:\S+\s+){0,2}?(?:am|ab)`,
					String.raw`(?:endet|enden)\s+(?:\S+\s+){0,2}?(?:am|ab|im|mit)`,
					String.raw`(?:tritt|treten)\s+(?:\S+\s+){0,5}?in\s+Kraft`,
				].join('|') +
				String.raw`)(?!\p{L})`,
			'giu',
		),
		reach: 90,
		dateWithin: true,
	},
	{ pattern: /(?<!\p{L})(?:bis|ab)(?!\p{L})/giu, reach: 12, unlessPastTense: true },
];

/**
 * Past forms in German, roughly: "war", "wurde", "hatte" and common strong pasts; the perfect
 * ("hat … eingeführt", "ist … gestiegen", "haben … beantragt": a form of haben or sein with a
 * participle in -ge- or with be-, ver-, er-, ent-, zer-, but not "ist … geplant", which is a
 * plan); and weak pasts, a lower-case word ending in -te or -ten ("erlaubte", "sollte"), less
 * the common words that end so without being past: present plurals ("gelten", "kosten"),
 * "heute", "unten", ordinals and superlatives ("ersten", "letzten", "nächsten"). Case matters:
 * nouns are capitalised ("Stand", "Gemeinden", "Karten").
 */
const germanPastForms =
	/(?<!\p{L})(?:war|waren|wurde|wurden|hatte|hatten|gab|galt|galten|lief|liefen|blieb|blieben|begann|begannen|trat|traten|kam|kamen|bekam|bekamen|ging|gingen|stand|standen|lag|lagen|fiel|fielen|stieg|stiegen|hieß|hießen|beschloss|beschlossen|schrieb|schrieben|nahm|nahmen|bot|boten|zog|zogen|hielt|hielten|fand|fanden|sah|sahen|ließ|ließen|rief|riefen|wies|wiesen|traf|trafen|verlor|verloren|gewann|sank|sanken|erschien|erschienen|entschied|entschieden|schloss|schlossen|wuchs|sprach|sprachen)(?!\p{L})/u;
const germanPerfect =
	/(?<!\p{L})(?:hat|haben|ist|sind)\s+(?:\S+\s+){0,8}?(?!(?:geplant|vorgesehen|angekündigt)(?!\p{L}))(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|ver|er|ent|zer)\p{Ll}{2,}t)(?!\p{L})/u;
const notWeakPast = new Set(
	'heute unten hinten gelten kosten erhalten enthalten halten bieten arbeiten warten leisten achten beachten betrachten richten berichten gestalten verwalten bitte'.split(
		' ',
	),
);
function hasWeakPast(text: string): boolean {
	for (const [word] of text.matchAll(/(?<!\p{L})\p{Ll}{2,}ten?(?!\p{L})/gu)) {
		if (!notWeakPast.has(word) && !/ste[nmrs]?$/u.test(word)) return true;
	}
	return false;
}
const germanPastTense = { test: (text: string) => germanPastForms.test(text) || germanPerfect.test(text) || hasWeakPast(text) };

const germanMonths = monthsIn.de.join('|');

interface TenseRules {
	anyDate: RegExp;
	markers: readonly Marker[];
	pastTense: { test: (text: string) => boolean };
	/** Where a sentence ends: in German not after a day's number ("31. März 2026"). */
	boundary: RegExp;
}

const anyDateIn = (language: ProseLanguage) => new RegExp(datePatterns[language].map(({ pattern }) => `(?:${pattern})`).join('|'), 'giu');

const tenseRules: Record<ProseLanguage, TenseRules> = {
	en: {
		anyDate: anyDateIn('en'),
		markers: englishMarkers,
		pastTense: englishPastTense,
		boundary: /[.!?](?=\s)|\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.|#|\|)\s)/g,
	},
	de: {
		anyDate: anyDateIn('de'),
		markers: germanMarkers,
		pastTense: germanPastTense,
		// Not after a day's number before a month ("31. März 2026"), nor after a one-letter
		// abbreviation ("z. B.", "u. a.") or a few short ones ("bzw.", "ca.", "Nr.").
		boundary: new RegExp(
			String.raw`(?<!(?<![\p{L}\d])(?:\p{L}|bzw|ca|vgl|Nr|Abs))(?:[!?]|\.(?<!(?<!\d)\d{1,2}\.(?=\s+(?:${germanMonths})(?!\p{L}))))(?=\s)|\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.|#|\|)\s)`,
			'giu',
		),
	},
};

/**
 * Blanks out what is not the article's own prose while keeping every line and column: the
 * frontmatter except its title and summary, JSX and HTML tags, `<Quote>` elements (quoted words
 * are the speaker's tense, not ours), inline code and quotations in quotation marks.
 */
export function proseOnly(source: string): string {
	const blank = (text: string) => text.replace(/[^\n]/g, ' ');
	let text = source.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/, (frontmatter) =>
		frontmatter
			.split('\n')
			.map((line) => (/^(title|summary):/.test(line) ? line.replace(/^(title|summary):/, (key) => blank(key)) : blank(line)))
			.join('\n'),
	);
	text = text.replace(/<Quote\b[\s\S]*?<\/Quote>|<Quote\b[^>]*\/>/g, blank);
	text = text.replace(/<\/?[A-Za-z][^>]*>/g, blank);
	text = text.replace(/`[^`\n]*`/g, blank);
	text = text.replace(/“[^”\n]*”|"[^"\n]*"|„[^“”\n]*[“”]/g, blank);
	return text;
}

/** Sentences with their start offsets; a sentence ends at . ! ? followed by a space or a line end, or at a blank line. */
function sentences(text: string, boundary: RegExp): { start: number; text: string }[] {
	const result: { start: number; text: string }[] = [];
	let start = 0;
	for (const match of text.matchAll(boundary)) {
		const end = match.index + match[0].length;
		result.push({ start, text: text.slice(start, end) });
		start = end;
	}
	result.push({ start, text: text.slice(start) });
	return result;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The first written date starting within `reach` characters of `text` that ended before `today`. */
function pastDateAfter(text: string, reach: number, today: string, language: ProseLanguage): RegExpExecArray | undefined {
	for (const match of text.matchAll(tenseRules[language].anyDate)) {
		if (match.index > reach) break;
		const end = dateEnd(match[0], language);
		if (end !== undefined && end < today) return match;
	}
	return undefined;
}

/** Every sentence of an article that puts a past date in the present or future tense; `language`: the article's. */
export function pastDatesInTense(file: string, source: string, today: string, language: ProseLanguage = 'en'): StaleFinding[] {
	const { markers, pastTense, boundary } = tenseRules[language];
	const text = proseOnly(source);
	const findings: StaleFinding[] = [];
	for (const sentence of sentences(text, boundary)) {
		if (/^\s*#/.test(sentence.text)) continue;
		const past = pastTense.test(sentence.text);
		// A timeline entry led by its date in bold ("**1 August 2026.** Certificates will be sent") dates what follows.
		const lead = /^\s*(?:[-*+]\s+|\d+\.\s+)?\*\*[^*\n]+\*\*/.exec(sentence.text);
		const leadDate = lead ? pastDateAfter(lead[0], lead[0].length, today, language) : undefined;
		const found = markers
			.filter((marker) => !(marker.unlessPastTense && past) && !marker.unless?.test(sentence.text))
			.flatMap((marker) => [...sentence.text.matchAll(marker.pattern)].map((match) => ({ match, marker })))
			.sort((a, b) => a.match.index - b.match.index)
			.map(({ match, marker }) => {
				// Past the marker's first word where the date may stand inside it, else past the marker.
				const from = marker.dateWithin ? match.index + (/^\S+/u.exec(match[0])?.[0].length ?? 0) : match.index + match[0].length;
				const reach = marker.reach + match.index + match[0].length - from;
				const after = pastDateAfter(sentence.text.slice(from), reach, today, language);
				if (after)
					return { match, date: after, words: sentence.text.slice(match.index, Math.max(match.index + match[0].length, from + after.index + after[0].length)) };
				if (leadDate && lead && !marker.unlessPastTense && match.index >= lead[0].length) {
					return { match, date: leadDate, words: sentence.text.slice(0, match.index + match[0].length).trim() };
				}
				return { match, date: undefined, words: '' };
			})
			.find(({ date }) => date !== undefined);
		if (!found?.date) continue;
		const { match, date } = found;
		const words = found.words
			.replace(/^[-*+]\s+/, '')
			.replace(/\s+/g, ' ')
			.trim();
		findings.push({
			kind: 'past-date-tense',
			file,
			line: lineAt(text, sentence.start + match.index),
			message: `“${words}”: ${date[0].replace(/\s+/g, ' ')} has passed, but the sentence speaks of it in the present or future tense; say what happened, with a source, or that as of a date no result was found`,
		});
	}
	return findings;
}
