import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import ClaimAppearance from '../../src/components/claims/ClaimAppearance.astro';
import ClaimSince from '../../src/components/claims/ClaimSince.astro';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

const dom = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe('<ClaimSince>', () => {
	it('is a group (not a landmark: every claim has one) labelled by its visible title "What changed since", with the text and its markers', async () => {
		const html = await container.renderToString(ClaimSince, {
			props: {
				id: 'back-door',
				text: 'In August 2023 the government decided to send certificates automatically.',
				refs: [
					{ refId: 'ref-9', sourceId: 'yomiuri', number: 9 },
					{ refId: 'ref-10', sourceId: 'faq', number: 10 },
				],
			},
		});
		const document = dom(html);
		const section = document.querySelector('[role="group"]')!;
		const heading = document.querySelector('.claim-since-heading')!;
		expect(document.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
		expect(heading.textContent).toBe('What changed since');
		expect(heading.id).toBe('claim-back-door-since');
		expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
		expect(section.querySelector('p:not(.claim-since-heading)')?.textContent).toMatch(
			/^In August 2023 the government decided to send certificates automatically\. \[/,
		);
		expect([...section.querySelectorAll('.cite-ref > a')].map((link) => link.getAttribute('href'))).toEqual(['#source-yomiuri', '#source-faq']);
	});
});

describe('<ClaimAppearance>', () => {
	const appearance = {
		title: "identity-economy.de article on Japan's My Number digital ID",
		title_supplied: true,
		date: '2022-10-26',
		url: 'https://identity-economy.de/japan-digitale-id-durch-die-hintertuer',
	};
	it('says "date inferred" beside an inferred date, with the reason', async () => {
		const html = await container.renderToString(ClaimAppearance, {
			props: { claimant: 'identity-economy.de', appearance: { ...appearance, date_note: 'the page shows no date.' } },
		});
		const paragraph = dom(html).querySelector('p')!;
		expect(paragraph.querySelector('time')?.getAttribute('datetime')).toBe('2022-10-26');
		expect(paragraph.querySelector('.claim-date-note')?.textContent).toBe('(date inferred: the page shows no date.)');
	});
	it('shows a supplied title in brackets, not as a quoted headline, and no note for a known date', async () => {
		const html = await container.renderToString(ClaimAppearance, { props: { claimant: 'identity-economy.de', appearance } });
		const paragraph = dom(html).querySelector('p')!;
		expect(paragraph.querySelector('a')?.textContent).toBe("[identity-economy.de article on Japan's My Number digital ID] (external link)");
		expect(paragraph.textContent).not.toContain('“');
		expect(paragraph.querySelector('.claim-date-note')).toBeNull();
		expect(paragraph.textContent?.trim()).toMatch(/\.$/);
	});
	it('quotes a real headline and prefers the archived copy', async () => {
		const html = await container.renderToString(ClaimAppearance, {
			props: {
				claimant: 'Example',
				appearance: { title: 'Headline', title_supplied: false, date: '2022-10-01', archive_url: 'https://web.archive.org/web/2022/x' },
			},
		});
		const link = dom(html).querySelector('a')!;
		expect(link.getAttribute('href')).toBe('https://web.archive.org/web/2022/x');
		expect(link.textContent).toBe('“Headline” (archived copy) (external link)');
	});
});
