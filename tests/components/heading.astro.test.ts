import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import H2 from '../../src/components/ui/H2.astro';
import A from '../../src/components/ui/A.astro';

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
			await container.renderToString(H2, { props: { id: 'the-card' }, slots: { default: 'The card' }, locals: { anchorAliases: { 'the-card': ['old-card', 'older-card'] } } }),
		);
		expect([...document.querySelectorAll('.anchor-alias')].map((span) => span.id)).toEqual(['old-card', 'older-card']);
	});
	it('refuses a heading without an id', async () => {
		await expect(container.renderToString(H2, { props: {}, slots: { default: 'No id' } })).rejects.toThrow(/Heading "No id" has no id/);
	});
});

describe('<A> in articles', () => {
	it('marks external links and keeps rel even when an author sets one', async () => {
		const document = dom(await container.renderToString(A, { props: { href: 'https://www.digital.go.jp/', rel: 'opener' }, slots: { default: 'Digital Agency' } }));
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
