import { z } from 'astro/zod';

/** A Japanese term in the glossary, one file per term in `content/glossary/`. */
export const glossarySchema = z
	.object({
		/** The term in Japanese script. */
		term: z.string().trim().min(1),
		/** Its reading in Hepburn romanisation. */
		reading: z.string().trim().min(1),
		/** The English rendering used on this site. */
		english: z.string().trim().min(1),
		/** A one-sentence definition. */
		definition: z.string().trim().min(1),
	})
	.strict();

/** A glossary entry of the German edition, `content/de/glossary/<same id>.yaml`. */
export const germanGlossarySchema = z
	.object({
		/** The term in Japanese script, as in the English entry. */
		term: z.string().trim().min(1),
		/** Its reading in Hepburn romanisation, as in the English entry. */
		reading: z.string().trim().min(1),
		/** The German rendering used in the German edition. */
		german: z.string().trim().min(1),
		/** A one-sentence definition, in German. */
		definition: z.string().trim().min(1),
	})
	.strict();

/** A glossary entry as pages show it, in either edition: `gloss` is the rendering in the page's language. */
export interface GlossaryEntryData {
	term: string;
	reading: string;
	gloss: string;
	definition: string;
}

/** The glossary as written in its file. */
export type GlossaryInput = z.input<typeof glossarySchema>;
/** The glossary after validation and defaults. */
export type GlossaryData = z.output<typeof glossarySchema>;
