/** A heading of an article body, with the id the renderer gives it. */
export interface Heading {
	/** 2 for h2, 3 for h3, … */
	depth: number;
	/** The element id: the section's anchor. */
	slug: string;
	/** The heading's text. */
	text: string;
}
