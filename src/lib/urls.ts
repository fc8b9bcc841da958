/** Site paths, in one place, so that published URLs are built the same way everywhere. */
export const articlePath = (id: string) => `/articles/${id}/`;
export const datasetPath = (id: string, format: 'csv' | 'json') => `/data/${id}.${format}`;
/** The extra CSV tables of a series dataset: one row per date (`wide`), and the series definitions. */
export const datasetTablePath = (id: string, table: 'wide' | 'definitions') => `/data/${id}-${table}.csv`;
export const citationFilePath = (id: string, format: 'bib' | 'ris' | 'json') => `/articles/${id}/cite.${format}`;
export const shareImagePath = (id: string) => `/og/${id}.png`;
/** A checked claim's own page. */
export const claimPath = (id: string) => `/claims/${id}/`;
/** The list of every checked claim. */
export const claimsIndexPath = '/claims/';
/** The claims as open data, next to the dataset downloads. */
export const claimsDataPath = (format: 'csv' | 'json') => `/data/claims.${format}`;
/** The share card id of a claim page: its card is `/og/claims/<id>.png`. */
export const claimCardId = (id: string) => `claims/${id}`;
/** The share card id of the claims index (`/og/claims.png`); no article may take it. */
export const claimsIndexCardId = 'claims';
/** The dataset id the claims download takes (`/data/claims.*`); no dataset may take it. */
export const claimsDatasetId = 'claims';
/** The id of the site's own share card, used by every page that is not an article; no article may take it. */
export const siteCardId = 'site';

/** An absolute URL on the site. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	if (!site) throw new Error('`site` must be set in astro.config.mjs for absolute URLs');
	return new URL(path, site).href;
}
