/** Serves the built site (run `npm run build` first) for the browser tests. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../src/cli/lib/static-server.ts';
import { outDir } from '../../src/config.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const dist = resolve(join(import.meta.dirname, '..', '..'), outDir);
	if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first`);
	const server = await serveStatic(dist);
	project.provide('baseUrl', server.url);
	return server.close;
}
