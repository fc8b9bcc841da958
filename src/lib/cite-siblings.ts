/**
 * Formatting many sibling citations for the price of one. The sections of an article are cited
 * as works of their own, and their CSL items differ only in the title and the URL's anchor: the
 * author, date, container (the article) and note are the article's. So citeproc's entry for one
 * section is the entry for every other, with another title and anchor in it.
 *
 * The contract, for each style:
 * - Items are siblings when they are equal but for `id`, `citation-key`, `title` and the anchor
 *   of `URL` (the part after `#`), and their titles and anchors are plain: words of letters and
 *   digits joined by single spaces or hyphens, and an anchor of letters, digits, `-` and `_`.
 *   Such a title ends in no punctuation and holds no quotation mark, so citeproc's rules for
 *   punctuation next to a title and for quotes inside quotes leave it alone.
 * - For three or more siblings, one probe item (the same, with the title "the zzqxa of the
 *   Zzqxb" and the anchor "zzqxanchor") is formatted in full. Where the probe's title appears in
 *   it, and in which case, says how the style sets titles: title case, first letter capitalised,
 *   or as written. Each sibling's entry is the probe's, with the sibling's title in that case
 *   (set by citeproc, in one call for all siblings) and its anchor.
 * - Anything else, and any probe whose entry does not show its title and anchor exactly once in
 *   one of those forms, is formatted in full, one by one.
 *
 * tests/unit/cite-siblings.test.ts checks the result against formatting each item in full, in
 * every style and language, for the site's own section titles and awkward ones.
 */

/** A CSL-JSON item. */
export type CslItem = Record<string, unknown>;

/** The text cases a style may set a title in, besides as written. */
export type TitleCase = 'title' | 'capitalize-first';

export interface SiblingFormatter {
	/** Each item formatted in full by citeproc, as a bibliography of its own. */
	formatEach(items: readonly CslItem[]): string[];
	/** Each item's title alone, in a CSL text case, by citeproc. */
	titles(items: readonly CslItem[], textCase: TitleCase): string[];
}

const plainTitle = /^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u;
const plainAnchor = /^[\p{L}\p{N}_-]+$/u;

const probeTitle = 'the zzqxa of the Zzqxb';
const probeAnchor = 'zzqxanchor';
const probeId = 'sibling-probe';

/** How the probe's title reads in each way a style may set it. */
const probeRenderings: readonly [TitleCase | 'as-written', string][] = [
	['title', 'The Zzqxa of the Zzqxb'],
	['capitalize-first', 'The zzqxa of the Zzqxb'],
	['as-written', probeTitle],
];

/** Fewer siblings than this are formatted in full: the probe costs about one entry. */
const fewestToDerive = 3;

/** The group an item belongs to with its siblings, or undefined if it is formatted in full. */
export function siblingKey(item: CslItem): string | undefined {
	const { id: _id, 'citation-key': _key, title, URL: url, ...rest } = item;
	if (typeof title !== 'string' || typeof url !== 'string' || !plainTitle.test(title) || title === probeTitle) return undefined;
	const hash = url.indexOf('#');
	if (hash < 0 || !plainAnchor.test(url.slice(hash + 1))) return undefined;
	return JSON.stringify([url.slice(0, hash), rest]);
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** The probe's entry as a template: its text cut around the title and the anchor, and how the style set the title. */
export function parseTemplate(entry: string): { textCase: TitleCase | 'as-written'; fill: (title: string, anchor: string) => string } | undefined {
	const found = probeRenderings.filter(([, rendering]) => occurrences(entry, rendering) === 1);
	if (found.length !== 1 || occurrences(entry, probeAnchor) !== 1 || occurrences(entry.toLowerCase(), 'zzqx') !== 3) return undefined;
	const [textCase, rendering] = found[0]!;
	const titleAt = entry.indexOf(rendering);
	const anchorAt = entry.indexOf(probeAnchor);
	// The anchor is in the URL, never inside the title.
	if (anchorAt >= titleAt && anchorAt < titleAt + rendering.length) return undefined;
	return {
		textCase,
		fill: (title, anchor) =>
			titleAt < anchorAt
				? entry.slice(0, titleAt) + title + entry.slice(titleAt + rendering.length, anchorAt) + anchor + entry.slice(anchorAt + probeAnchor.length)
				: entry.slice(0, anchorAt) + anchor + entry.slice(anchorAt + probeAnchor.length, titleAt) + title + entry.slice(titleAt + rendering.length),
	};
}

/** Every item's entry in one style: siblings derived from a probe, the rest formatted in full. */
export function formatSiblings(items: readonly CslItem[], formatter: SiblingFormatter): string[] {
	const groups = new Map<string, number[]>();
	items.forEach((item, index) => {
		const key = siblingKey(item);
		if (key !== undefined) (groups.get(key) ?? groups.set(key, []).get(key)!).push(index);
	});
	const derivable = [...groups.values()].filter((group) => group.length >= fewestToDerive);
	const probes = derivable.map((group) => {
		const first = items[group[0]!]!;
		const url = first['URL'] as string;
		return { ...first, id: probeId, 'citation-key': probeId, title: probeTitle, URL: `${url.slice(0, url.indexOf('#') + 1)}${probeAnchor}` };
	});
	const texts: (string | undefined)[] = items.map(() => undefined);
	probes.forEach((probe, index) => {
		const [entry] = formatter.formatEach([probe]);
		const template = entry === undefined ? undefined : parseTemplate(entry);
		if (!template) return;
		const group = derivable[index]!.map((at) => items[at]!);
		const titles = template.textCase === 'as-written' ? group.map((item) => item['title'] as string) : formatter.titles(group, template.textCase);
		derivable[index]!.forEach((at, position) => {
			const url = items[at]!['URL'] as string;
			texts[at] = template.fill(titles[position]!, url.slice(url.indexOf('#') + 1));
		});
	});
	const rest = items.flatMap((_item, index) => (texts[index] === undefined ? [index] : []));
	const formatted = formatter.formatEach(rest.map((index) => items[index]!));
	rest.forEach((index, position) => (texts[index] = formatted[position]));
	return texts as string[];
}
