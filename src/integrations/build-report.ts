/**
 * The build report: a small JSON file, `build-report.json` in Astro's cache folder, saying what
 * the last build did and how long each phase took. The benchmark and the rebuild tests read it;
 * the log is for people.
 *
 * The phases are timed here, from Astro's hooks; the integrations that do the work add their
 * part with `reportBuild`, and output-in-place, which finishes every build, writes the file.
 * A build that fails leaves no report.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeCacheFile } from '../lib/cache-file.ts';

export interface BuildReport {
	/** When the build process started (ISO 8601). */
	started: string;
	/** Seconds spent in each phase, one after the other. */
	phases: {
		/** From the start of the process to astro:build:start: loading the config, syncing content. */
		setup: number;
		/** Bundling (Vite and Rolldown, the MDX compile): up to the end of the last bundle. */
		bundling: number;
		/** Rendering the pages and the routes' files, up to astro:build:generated. */
		rendering: number;
		/** After the pages: share cards and citation files, the search index, redirects, the sweep. */
		finishing: number;
		/** The whole build. */
		total: number;
	};
	/** Every page Astro lists, and of those, the ones its incremental build kept as the last build wrote them. */
	pages: { total: number; kept: number; rendered: number };
	/** Share cards and citation files written, and the seconds that took, side by side with the search index. */
	articleFiles?: { files: number; seconds: number };
	/** Pages in the search index, whether the index was kept from the last build, and the seconds it took. */
	searchIndex?: { pages: number; kept: boolean; seconds: number };
	/** Files an earlier build left that this build no longer makes, removed from the output. */
	removedFiles?: number;
	/** True when the last build did not finish, so this one trusted nothing it left and rendered every page. */
	afterUnfinishedBuild?: boolean;
}

export const buildReportFile = 'build-report.json';

const report: Partial<BuildReport> = {};
const marks = { buildStart: 0, bundled: 0, generated: 0, done: 0 };

/** Seconds since `start` (a `performance.now()`), to the millisecond. */
export const secondsSince = (start: number) => Math.round(performance.now() - start) / 1000;

/** Adds an integration's part to this build's report. */
export function reportBuild(part: Partial<Omit<BuildReport, 'started' | 'phases'>>): void {
	Object.assign(report, part);
}

/** Times the build's phases; goes before every integration that works in astro:build:done. */
export function buildReport(): AstroIntegration {
	const now = () => performance.now();
	let building = false;
	return {
		name: 'build-report',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				building = command === 'build';
				// Each bundle (the prerender, server and client environments) ends here; the last one ends the bundling.
				updateConfig({ vite: { plugins: [{ name: 'build-report', closeBundle: () => void (marks.bundled = now()) }] } });
			},
			'astro:config:done': async ({ config }) => {
				if (building) await rm(new URL(buildReportFile, config.cacheDir), { force: true });
			},
			'astro:build:start': () => void (marks.buildStart = now()),
			'astro:build:generated': () => void (marks.generated = now()),
			'astro:build:done': () => void (marks.done = now()),
		},
	};
}

/** Writes this build's report into `cacheDir`; called once the build is done. */
export function writeBuildReport(cacheDir: URL): void {
	const seconds = (from: number, to: number) => Math.round(to - from) / 1000;
	const end = performance.now();
	const full: BuildReport = {
		started: new Date(performance.timeOrigin).toISOString(),
		phases: {
			setup: seconds(0, marks.buildStart),
			bundling: seconds(marks.buildStart, marks.bundled),
			rendering: seconds(marks.bundled, marks.generated),
			finishing: seconds(marks.done, end),
			total: seconds(0, end),
		},
		pages: { total: 0, kept: 0, rendered: 0 },
		...report,
	};
	writeCacheFile(fileURLToPath(new URL(buildReportFile, cacheDir)), `${JSON.stringify(full, null, '\t')}\n`);
}

/** The report of the last build in a cache folder (a path), for the benchmark and the tests. */
export async function readBuildReport(cacheDir: string): Promise<BuildReport> {
	return JSON.parse(await readFile(join(cacheDir, buildReportFile), 'utf8')) as BuildReport;
}
