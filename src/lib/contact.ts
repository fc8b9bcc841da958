/**
 * The public address for reporting errors (env SITE_CONTACT): an email address or an https URL.
 * Pure: parsing the setting, the "Report an error" links built from it, and the rule that a
 * production build for a real site address must have one. Nothing here invents an address.
 */

/** The contact as configured: where a reader sends an error report. */
export type Contact =
	| {
			kind: 'email';
			/** The bare address, shown to readers. */
			address: string;
	  }
	| {
			kind: 'url';
			/** The https page (a form, say) that takes reports, shown to readers. */
			address: string;
	  };

/** The setting's name, used in every message about it. */
export const contactSetting = 'SITE_CONTACT';

const emailPattern = /^[^\s@<>()[\]\\",;:]+@[^\s@<>()[\]\\",;:]+\.[^\s@<>()[\]\\",;:.]+$/;

/**
 * Reads SITE_CONTACT. Empty or unset → no contact. An email address (optionally written as
 * `mailto:…`) or an absolute https URL → the contact. Anything else throws, naming the setting.
 */
export function parseContact(raw: string | undefined): Contact | undefined {
	const value = raw?.trim() ?? '';
	if (value === '') return undefined;
	const email = value.replace(/^mailto:/i, '');
	if (emailPattern.test(email)) return { kind: 'email', address: email };
	if (/^https:\/\//i.test(value)) {
		try {
			return { kind: 'url', address: new URL(value).href };
		} catch {
			// Falls through to the error below.
		}
	}
	throw new Error(`${contactSetting}: expected an email address (such as corrections@example.org) or an https:// URL for reporting errors, got "${value}"`);
}

/** The link to the contact itself, for the about and corrections pages. */
export function contactHref(contact: Contact): string {
	return contact.kind === 'email' ? `mailto:${contact.address}` : contact.address;
}

/** What a report is about: the article and one of its sections. */
export interface ReportContext {
	articleTitle: string;
	sectionTitle: string;
	/** Absolute URL of the section (the article URL with the heading's fragment). */
	sectionUrl: string;
}

/**
 * A "Report an error" link prefilled with the article title and the section's URL: for an email
 * address, a `mailto:` with subject and body (RFC 6068, line breaks as %0D%0A); for a URL, the
 * page with `article`, `section` and `url` query parameters added to any it already has.
 */
/** The words of a prefilled error report, in the page's language (src/i18n/, key `contact.report`). */
export interface ReportWords {
	subject: (title: string) => string;
	article: string;
	section: string;
	address: string;
	whatIsWrong: string;
}

const englishReport: ReportWords = {
	subject: (title) => `Error report: ${title}`,
	article: 'Article',
	section: 'Section',
	address: 'Address',
	whatIsWrong: 'What is wrong, and which source shows it:',
};

export function reportHref(contact: Contact, report: ReportContext, words: ReportWords = englishReport): string {
	if (contact.kind === 'url') {
		const url = new URL(contact.address);
		url.searchParams.set('article', report.articleTitle);
		url.searchParams.set('section', report.sectionTitle);
		url.searchParams.set('url', report.sectionUrl);
		return url.href;
	}
	const subject = words.subject(report.articleTitle);
	const body = [
		`${words.article}: ${report.articleTitle}`,
		`${words.section}: ${report.sectionTitle}`,
		`${words.address}: ${report.sectionUrl}`,
		'',
		words.whatIsWrong,
		'',
	].join('\r\n');
	return `mailto:${contact.address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The address the project ships with; a build for it is a development or test build. */
export const placeholderSite = 'https://my-number-facts.example';

/**
 * True when `site` is a real public address: not the placeholder and not a name reserved for
 * examples, tests or the local machine (RFC 2606 and RFC 6761: .example, .test, .invalid,
 * .localhost, example.com/.org/.net, localhost, loopback addresses).
 */
export function isRealSite(site: string | URL | undefined): boolean {
	if (site === undefined) return false;
	let host: string;
	try {
		host = new URL(site).hostname.toLowerCase();
	} catch {
		return false;
	}
	if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '0.0.0.0') return false;
	return !/\.(example|test|invalid|localhost)$/.test(host) && !/(^|\.)example\.(com|org|net)$/.test(host);
}

/**
 * Why this build may not go ahead, or undefined when it may: a production build (`astro build`)
 * for a real site address needs a contact, because readers must have a way to report errors.
 */
export function missingContactProblem(options: { command: string; site: string | URL | undefined; contact: Contact | undefined }): string | undefined {
	if (options.command !== 'build' || options.contact !== undefined || !isRealSite(options.site)) return undefined;
	return (
		`${contactSetting} is not set, and this is a production build for ${String(options.site)}. ` +
		`Readers need a public way to report errors: set ${contactSetting} to the email address or https:// URL that receives them ` +
		`(for example ${contactSetting}=corrections@your-domain npm run build). Builds for the placeholder address ${placeholderSite} ` +
		'show a neutral note instead.'
	);
}

/** What pages say while no contact is configured: neutral, and never an invented address. */
export const noContactNote = 'A public address for reporting errors is not yet published.';
