/**
 * Site-wide settings, with the two read from the environment (in src/config.ts):
 *
 * - `SITE_URL`: the public address; every absolute URL (canonical, feeds, share cards) derives
 *   from it. Unset, it is the placeholder, which marks a development or test build.
 * - `SITE_CONTACT`: where readers report errors, an email address or an https URL. Unset, pages
 *   say that no address is published yet; a production build for a real SITE_URL then fails.
 *
 * astro.config.mjs takes `site` from here.
 */
import { siteContact, siteUrl } from './config.ts';
import { parseContact, placeholderSite } from './lib/contact.ts';

export const SITE = {
	name: 'My Number Facts',
	tagline: 'Japan’s My Number system explained, and claims about it checked, with every statement sourced.',
	locale: 'en',
	url: siteUrl ?? placeholderSite,
	contact: parseContact(siteContact),
} as const;
