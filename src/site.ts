/** Site-wide settings. The public address comes from `site` in astro.config.mjs (env SITE_URL). */
export const SITE = {
	name: 'My Number Facts',
	tagline: 'Japan’s My Number system explained, and claims about it checked, with every statement sourced.',
	locale: 'en',
} as const;
