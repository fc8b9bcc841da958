/** The one components map passed to every article's `<Content />`; articles import nothing. */
import Chart from './charts/Chart.astro';
import Timeline from './charts/Timeline.astro';
import Cite from './citations/Cite.astro';
import ClaimReview from './claims/ClaimReview.astro';
import Quote from './claims/Quote.astro';
import A from './ui/A.astro';
import H2 from './ui/H2.astro';
import H3 from './ui/H3.astro';

export const mdxComponents = { Cite, ClaimReview, Chart, Timeline, Quote, h2: H2, h3: H3, a: A };
