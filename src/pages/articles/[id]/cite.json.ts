import { citationFileRoute, citedArticlePaths } from './_cite-file';

export const getStaticPaths = citedArticlePaths;
export const GET = citationFileRoute('csljson');
