/** The one components map passed to every article's `<Content />`; articles import nothing. */
import Chart from './charts/Chart.astro';
import Timeline from './charts/Timeline.astro';
import Cite from './citations/Cite.astro';
import ClaimReview from './claims/ClaimReview.astro';
import Quote from './claims/Quote.astro';

export const mdxComponents = { Cite, ClaimReview, Chart, Timeline, Quote };
