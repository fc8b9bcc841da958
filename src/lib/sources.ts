/** Presentation helpers for sources, shared by the source list and the sources index. */
import type { SourceData } from '../schemas/source.ts';
import { primarySourceKinds } from '../schemas/source.ts';
import { formatDate } from './dates.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** Intl lookups are slow, and every source list asks for the same few languages. */
const languageNameCache = new Map<string, string>();

/** `ja` → `Japanese`. */
export function languageName(tag: string): string {
	let name = languageNameCache.get(tag);
	if (name === undefined) {
		name = languageNames.of(tag) ?? tag;
		languageNameCache.set(tag, name);
	}
	return name;
}

/** Human-readable kind, with primary sources marked as such. */
export function kindLabel(source: Pick<SourceData, 'kind' | 'via'>): string {
	const kind = source.kind;
	const labels: Record<SourceData['kind'], string> = {
		government: 'Government (primary)',
		court: 'Court (primary)',
		statistics: 'Official statistics (primary)',
		news: 'News',
		academic: 'Academic',
		ngo: 'NGO or advocacy group',
		other: 'Other',
	};
	return source.via === undefined ? labels[kind] : `${labels[kind].replace(' (primary)', '')}, copy read via ${source.via}`;
}

/** Primary: a government, court or statistics source read on the publisher's own site. */
export function isPrimary(source: SourceData): boolean {
	return primarySourceKinds.has(source.kind) && source.via === undefined;
}

/** The title as displayed: a supplied description goes in square brackets. */
export function displayTitle(source: SourceData): string {
	return source.title_supplied ? `[${source.title}]` : source.title;
}

/** `Published 2 December 2024` or `no date given`. */
export function publishedLabel(source: SourceData): string {
	return source.published ? formatDate(source.published) : 'no date given';
}

/** The host name shown next to a link, so readers see where it goes before they follow it. */
export function hostOf(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}
