import { describe, expect, it } from 'vitest';
import { contactHref, isRealSite, missingContactProblem, parseContact, placeholderSite, reportHref } from '../../src/lib/contact.ts';

const report = {
	articleTitle: 'What My Number is, and what it is not',
	sectionTitle: 'Law & launch dates',
	sectionUrl: 'https://facts.example.org/articles/what-is-my-number/#law-and-launch-dates',
};

describe('SITE_CONTACT', () => {
	it('is optional: unset or blank means no contact', () => {
		expect(parseContact(undefined)).toBeUndefined();
		expect(parseContact('  ')).toBeUndefined();
	});
	it('takes an email address, with or without mailto:', () => {
		expect(parseContact(' corrections@facts.example.org ')).toEqual({ kind: 'email', address: 'corrections@facts.example.org' });
		expect(parseContact('mailto:corrections@facts.example.org')).toEqual({ kind: 'email', address: 'corrections@facts.example.org' });
	});
	it('takes an https URL', () => {
		expect(parseContact('https://facts.example.org/report')).toEqual({ kind: 'url', address: 'https://facts.example.org/report' });
	});
	it('refuses anything else, naming the setting', () => {
		for (const value of ['corrections', 'a@b', 'http://facts.example.org/report', 'https://', 'two words@example.org']) {
			expect(() => parseContact(value), value).toThrow(/^SITE_CONTACT: expected an email address .* or an https:\/\/ URL/);
		}
	});
	it('links to the contact itself', () => {
		expect(contactHref({ kind: 'email', address: 'x@facts.example.org' })).toBe('mailto:x@facts.example.org');
		expect(contactHref({ kind: 'url', address: 'https://facts.example.org/report' })).toBe('https://facts.example.org/report');
	});
});

describe('report links', () => {
	it('prefill a mailto: subject and body with the article title and the section URL', () => {
		const href = reportHref({ kind: 'email', address: 'corrections@facts.example.org' }, report);
		const url = new URL(href);
		expect(url.protocol).toBe('mailto:');
		expect(url.pathname).toBe('corrections@facts.example.org');
		expect(href).not.toMatch(/[ \n+]/);
		expect(href).toContain('%0D%0A');
		expect(url.searchParams.get('subject')).toBe(`Error report: ${report.articleTitle}`);
		const body = url.searchParams.get('body')!;
		expect(body).toContain(`Article: ${report.articleTitle}\r\n`);
		expect(body).toContain('Section: Law & launch dates\r\n');
		expect(body).toContain(`Address: ${report.sectionUrl}\r\n`);
	});
	it('add query parameters to a report URL, keeping its own', () => {
		const url = new URL(reportHref({ kind: 'url', address: 'https://forms.example.org/f?id=7' }, report));
		expect(url.origin + url.pathname).toBe('https://forms.example.org/f');
		expect(Object.fromEntries(url.searchParams)).toEqual({ id: '7', article: report.articleTitle, section: report.sectionTitle, url: report.sectionUrl });
	});
});

describe('a production build for a real address', () => {
	it('knows the placeholder and reserved names from real addresses', () => {
		expect(isRealSite(placeholderSite)).toBe(false);
		for (const site of [
			'http://localhost:4321/',
			'https://facts.test/',
			'https://example.org/',
			'https://facts.example.org/',
			'https://x.invalid',
			'not a url',
			undefined,
		]) {
			expect(isRealSite(site), String(site)).toBe(false);
		}
		expect(isRealSite('https://mynumberfacts.org/')).toBe(true);
		expect(isRealSite(new URL('https://mynumberfacts.jp/'))).toBe(true);
	});
	it('fails without a contact, naming SITE_CONTACT', () => {
		const problem = missingContactProblem({ command: 'build', site: 'https://mynumberfacts.org/', contact: undefined });
		expect(problem).toMatch(/^SITE_CONTACT is not set, and this is a production build for https:\/\/mynumberfacts\.org\//);
	});
	it('goes ahead with a contact, for the placeholder, and in development', () => {
		const contact = { kind: 'email', address: 'x@mynumberfacts.org' } as const;
		expect(missingContactProblem({ command: 'build', site: 'https://mynumberfacts.org/', contact })).toBeUndefined();
		expect(missingContactProblem({ command: 'build', site: placeholderSite, contact: undefined })).toBeUndefined();
		expect(missingContactProblem({ command: 'dev', site: 'https://mynumberfacts.org/', contact: undefined })).toBeUndefined();
		expect(missingContactProblem({ command: 'sync', site: 'https://mynumberfacts.org/', contact: undefined })).toBeUndefined();
	});
});
