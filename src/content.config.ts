import { defineCollection } from 'astro:content';
import { contentDir } from './config';
import { strictGlob } from './loaders/strict-glob';
import { articleSchema } from './schemas/article';
import { claimSchema } from './schemas/claim';
import { datasetSchema } from './schemas/dataset';
import { glossarySchema } from './schemas/glossary';
import { sourceSchema } from './schemas/source';

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
};
