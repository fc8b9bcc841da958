import { z } from 'astro/zod';
import { contentId, httpsUrl, languageTag, pastDate } from './common.ts';
import { verdictSchema } from './verdict.ts';

/** A part of a claim with its own rating, for claims that mix true and false parts. */
export const subclaimSchema = z
	.object({
		/** The part of the claim, in English. */
		text: z.string().trim().min(1),
		/** Its rating on the published scale. */
		verdict: verdictSchema,
		/** Sources that settle it. */
		sources: z.array(contentId).min(1),
	})
	.strict();

/**
 * What happened after the claim was made that changes how it reads today. The verdict rates the
 * claim as of its date; this part, shown under its own heading, says what changed since.
 */
export const sinceSchema = z
	.object({
		/** What changed after the claim's date, in one to three sentences, each with its date. */
		text: z.string().trim().min(1).max(700),
		/** Sources for what changed. */
		sources: z.array(contentId).min(1),
	})
	.strict();

/** A checked claim in `content/claims/`. */
export const claimSchema = z
	.object({
		/** The claim verbatim, in its original language. */
		claim: z.string().trim().min(1),
		/** Language of the original wording (BCP 47). */
		lang: languageTag,
		/** The claim in brief, in English, under 75 characters, for ClaimReview and share lines. */
		short: z.string().trim().min(1).max(74).optional(),
		/** English translation of the wording. */
		translation: z.string().trim().min(1),
		/** Who made the claim (a publication or a person). */
		claimant: z.string().trim().min(1),
		/** Where and when the claim appeared. */
		appearance: z
			.object({
				/** Title of the piece the claim appeared in, or a description of it when it shows no headline. */
				title: z.string().trim().min(1),
				/** True when the piece shows no headline and `title` describes it; shown in [brackets]. */
				title_supplied: z.boolean().default(false),
				/** When it appeared; where the piece shows no date, the date inferred (explain it in `date_note`). */
				date: pastDate,
				/** Why the date is inferred, shown beside it ("date inferred: …"); only when the piece shows no date. */
				date_note: z.string().trim().min(1).max(300).optional(),
				/** Address of the original, where it was found. */
				url: httpsUrl.optional(),
				/** A copy in a web archive that was actually seen. */
				archive_url: httpsUrl.optional(),
			})
			.strict(),
		/** Rating on the published scale. */
		verdict: verdictSchema,
		/** One or two sentences: what is wrong, why, and what is right. */
		bottom_line: z.string().trim().min(1).max(600),
		/** Sources that settle the claim. */
		sources: z.array(contentId).min(1),
		/** Ratings of the claim's parts, where it mixes true and false. */
		subclaims: z.array(subclaimSchema).default([]),
		/** Optional: what changed after the claim's date, shown under "What changed since". */
		since: sinceSchema.optional(),
	})
	.strict();

/**
 * A claim in a translated edition, e.g. `content/de/claims/`: the same file with its texts
 * translated. `translation` is needed only when the claim's language is not the edition's own
 * (a German claim needs none in German); verdicts, sources and dates must match the English file.
 */
export const translatedClaimSchema = claimSchema.extend({
	/** Translation of the wording into the edition's language; omit it when the claim is already in that language. */
	translation: z.string().trim().min(1).optional(),
});

/** The claim as written in its file. */
export type ClaimInput = z.input<typeof claimSchema>;
/** The claim after validation and defaults. */
export type ClaimData = z.output<typeof translatedClaimSchema>;
