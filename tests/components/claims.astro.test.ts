import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import Quote from '../../src/components/claims/Quote.astro';
import VerdictBadge from '../../src/components/claims/VerdictBadge.astro';
import { verdicts } from '../../src/lib/verdicts.ts';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create();
});

describe('<VerdictBadge>', () => {
	it.each(verdicts)('names the verdict "%s" in text and links to its definition', async (verdict) => {
		const html = await container.renderToString(VerdictBadge, { props: { verdict } });
		const link = parseHTML(`<html><body>${html}</body></html>`).document.querySelector('a')!;
		expect(link.getAttribute('href')).toBe(`/rating-scale/#verdict-${verdict}`);
		expect(link.textContent).toMatch(/^.Verdict: \w/u);
		expect(link.querySelector('[aria-hidden="true"]')).not.toBeNull();
	});
});

describe('<Quote>', () => {
	it('marks the quotation language and gives a translation', async () => {
		const html = await container.renderToString(Quote, {
			props: { lang: 'de', translation: 'through the back door' },
			slots: { default: 'durch die Hintertür' },
		});
		const document = parseHTML(`<html><body>${html}</body></html>`).document;
		expect(document.querySelector('blockquote')?.getAttribute('lang')).toBe('de');
		expect(document.querySelector('blockquote')?.textContent).toBe('durch die Hintertür');
		expect(document.querySelector('figcaption')?.textContent).toBe('Translation: through the back door');
	});
});
