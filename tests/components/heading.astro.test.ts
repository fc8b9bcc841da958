import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import H2 from '../../src/components/ui/H2.astro';
import A from '../../src/components/ui/A.astro';
import ContactNote from '../../src/components/ui/ContactNote.astro';
import H3 from '../../src/components/ui/H3.astro';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});
const dom = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('<H2> in articles', () => {
	it('keeps the heading text as its name and adds a separate self-link', async () => {
		const document = dom(await container.renderToString(H2, { props: { id: 'the-card' }, slots: { default: 'The <em>card</em>' } }));
		const heading = document.querySelector('h2')!;
		expect(heading.id).toBe('the-card');
		expect(heading.textContent).toBe('The card');
		expect(heading.querySelector('a')).toBeNull();
		const link = document.querySelector('a.heading-link')!;
		expect(link.getAttribute('href')).toBe('#the-card');
		expect(link.textContent).toBe('#Link to the section “The card”');
		expect(link.hasAttribute('data-copy-link')).toBe(true);
	});
	it('keeps the old anchors of a renamed section at the heading', async () => {
		const document = dom(
			await container.renderToString(H2, {
				props: { id: 'the-card' },
				slots: { default: 'The card' },
				locals: { anchorAliases: { 'the-card': ['old-card', 'older-card'] } },
			}),
		);
		expect([...document.querySelectorAll('.anchor-alias')].map((span) => span.id)).toEqual(['old-card', 'older-card']);
	});
	it('refuses a heading without an id', async () => {
		await expect(container.renderToString(H2, { props: {}, slots: { default: 'No id' } })).rejects.toThrow(/Heading "No id" has no id/);
	});
});

describe('“Report an error” beside each section', () => {
	const errorReports = {
		contact: { kind: 'email', address: 'corrections@facts.example.org' },
		articleTitle: 'What My Number is',
		pageUrl: 'https://facts.example.org/articles/what-is-my-number/',
	} as const;
	it('links each h2 to the contact, prefilled, with the section in its accessible name', async () => {
		const document = dom(await container.renderToString(H2, { props: { id: 'the-card' }, slots: { default: 'The <em>card</em>' }, locals: { errorReports } }));
		const link = document.querySelector('a.report-link')!;
		expect(link.textContent!.replace(/\s+/g, ' ').trim()).toBe('Report an error in the section “The card”');
		expect(link.querySelector('.sr-only')!.textContent).toBe(' in the section “The card”');
		expect(link.hasAttribute('data-pagefind-ignore')).toBe(true);
		const href = new URL(link.getAttribute('href')!);
		expect(href.protocol).toBe('mailto:');
		expect(href.searchParams.get('subject')).toBe('Error report: What My Number is');
		expect(href.searchParams.get('body')).toContain('https://facts.example.org/articles/what-is-my-number/#the-card');
		expect(document.querySelector('h2')!.textContent).toBe('The card');
	});
	it('marks a report form on another site as an external link', async () => {
		const locals = { errorReports: { ...errorReports, contact: { kind: 'url', address: 'https://forms.example.org/report' } as const } };
		const document = dom(await container.renderToString(H2, { props: { id: 'the-card' }, slots: { default: 'The card' }, locals }));
		const link = document.querySelector('a.report-link')!;
		expect(link.getAttribute('rel')).toBe('noopener noreferrer');
		expect(link.textContent!.replace(/\s+/g, ' ').trim()).toBe('Report an error in the section “The card” (external link)');
		expect(new URL(link.getAttribute('href')!).searchParams.get('url')).toBe('https://facts.example.org/articles/what-is-my-number/#the-card');
	});
	it('leaves sub-sections, and every section without a contact, without one', async () => {
		const sub = dom(await container.renderToString(H3, { props: { id: 'sub' }, slots: { default: 'Sub' }, locals: { errorReports } }));
		expect(sub.querySelector('a.report-link')).toBeNull();
		const none = dom(await container.renderToString(H2, { props: { id: 'the-card' }, slots: { default: 'The card' } }));
		expect(none.querySelector('a.report-link')).toBeNull();
	});
});

describe('<ContactNote>', () => {
	it('gives the contact when there is one', async () => {
		const document = dom(
			await container.renderToString(ContactNote, { props: { contact: { kind: 'email', address: 'corrections@facts.example.org' }, sectionLinks: true } }),
		);
		const link = document.querySelector('a')!;
		expect(link.getAttribute('href')).toBe('mailto:corrections@facts.example.org');
		expect(link.textContent).toBe('corrections@facts.example.org');
		expect(document.querySelector('p')!.textContent).toMatch(/“Report an error” link/);
	});
	it('says neutrally that no address is published, and links nowhere, when there is none', async () => {
		const document = dom(await container.renderToString(ContactNote, { props: { contact: undefined } }));
		expect(document.querySelector('p')!.textContent).toBe('A public address for reporting errors is not yet published.');
		expect(document.querySelector('a')).toBeNull();
	});
});

describe('<A> in articles', () => {
	it('marks external links and keeps rel even when an author sets one', async () => {
		const document = dom(
			await container.renderToString(A, { props: { href: 'https://www.digital.go.jp/', rel: 'opener' }, slots: { default: 'Digital Agency' } }),
		);
		const link = document.querySelector('a')!;
		expect(link.getAttribute('rel')).toBe('noopener noreferrer');
		expect(link.textContent).toBe('Digital Agency (external link)');
	});
	it('leaves internal links alone', async () => {
		const document = dom(await container.renderToString(A, { props: { href: '/sources/' }, slots: { default: 'sources' } }));
		const link = document.querySelector('a')!;
		expect(link.getAttribute('href')).toBe('/sources/');
		expect(link.hasAttribute('rel')).toBe(false);
		expect(link.textContent).toBe('sources');
	});
});
