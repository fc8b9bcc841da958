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

/** The glossary as written in its file. */
export type GlossaryInput = z.input<typeof glossarySchema>;
/** The glossary after validation and defaults. */
export type GlossaryData = z.output<typeof glossarySchema>;
