/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** The citation plan of the article being rendered, set by the article page before `<Content />`. */
		citations?: import('./lib/citations').CitationPlan;
		/** Old anchors per current heading id, from the article's `anchor_aliases`. */
		anchorAliases?: Record<string, string[]>;
		/** Each section's citation in every style, by heading id, for the "Cite" button beside the heading. */
		sectionCitations?: Record<string, import('./lib/cite-this').FormattedCitations[]>;
		/** Where and about what readers report errors: set by the article page when SITE_CONTACT is. */
		/** Heading id → the same section's anchor in the other edition, for the language link. */
		twinAnchors?: ReadonlyMap<string, string> | undefined;
		errorReports?: { contact: import('./lib/contact').Contact; articleTitle: string; pageUrl: string };
	}
}
