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
				/** Title of the piece the claim appeared in. */
				title: z.string().trim().min(1),
				/** When it appeared. */
				date: pastDate,
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
	})
	.strict();

/** The claim as written in its file. */
export type ClaimInput = z.input<typeof claimSchema>;
/** The claim after validation and defaults. */
export type ClaimData = z.output<typeof claimSchema>;
