import { defineCollection } from 'astro:content';
import { strictGlob } from './loaders/strict-glob';
import { articleSchema, translatedArticleSchema } from './schemas/article';
import { claimSchema, translatedClaimSchema } from './schemas/claim';
import { datasetSchema, datasetTextsSchema } from './schemas/dataset';
import { germanGlossarySchema, glossarySchema } from './schemas/glossary';
import { sourceSchema } from './schemas/source';

/**
 * Where content lives: `content/` unless CONTENT_DIR points elsewhere (the test fixtures and the
 * benchmark build the real site against their own content).
 */
const contentDir = process.env['CONTENT_DIR'] ?? './content';

/** Files whose names start with "_" are drafts and are not published. */
const published = (extensions: string) => `**/[^_]*.${extensions}`;

export const collections = {
	articles: defineCollection({
		loader: strictGlob({ base: `${contentDir}/articles`, pattern: published('mdx'), schema: articleSchema }),
		schema: articleSchema,
	}),
	sources: defineCollection({
		loader: strictGlob({ base: `${contentDir}/sources`, pattern: published('{yaml,yml}'), schema: sourceSchema }),
		schema: sourceSchema,
	}),
	claims: defineCollection({
		loader: strictGlob({ base: `${contentDir}/claims`, pattern: published('{yaml,yml}'), schema: claimSchema }),
		schema: claimSchema,
	}),
	data: defineCollection({
		loader: strictGlob({ base: `${contentDir}/data`, pattern: published('{yaml,yml}'), schema: datasetSchema }),
		schema: datasetSchema,
	}),
	glossary: defineCollection({
		loader: strictGlob({ base: `${contentDir}/glossary`, pattern: published('{yaml,yml}'), schema: glossarySchema }),
		schema: glossarySchema,
	}),
	// The German edition (content/de/): translated articles, claims and glossary entries, and the
	// texts of the datasets. Sources are shared: each has its German title in `title_de`.
	articles_de: defineCollection({
		loader: strictGlob({ base: `${contentDir}/de/articles`, pattern: published('mdx'), schema: translatedArticleSchema }),
		schema: translatedArticleSchema,
	}),
	claims_de: defineCollection({
		loader: strictGlob({ base: `${contentDir}/de/claims`, pattern: published('{yaml,yml}'), schema: translatedClaimSchema }),
		schema: translatedClaimSchema,
	}),
	data_de: defineCollection({
		loader: strictGlob({ base: `${contentDir}/de/data`, pattern: published('{yaml,yml}'), schema: datasetTextsSchema }),
		schema: datasetTextsSchema,
	}),
	glossary_de: defineCollection({
		loader: strictGlob({ base: `${contentDir}/de/glossary`, pattern: published('{yaml,yml}'), schema: germanGlossarySchema }),
		schema: germanGlossarySchema,
	}),
};
