/** The real `astro build` of this project, in a child process, against other content and folders. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { cacheLayout } from '../../src/config.ts';
import { readBuildReport, type BuildReport } from '../../src/integrations/build-report.ts';

const root = join(import.meta.dirname, '..', '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

export interface BuildFolders {
	contentDir: string;
	outDir: string;
	/** The root of every cache of these builds (CACHE_DIR, src/config.ts). */
	cacheDir: string;
	/** Settings for this build (SITE_URL, SITE_CONTACT); a variable set to undefined is removed. */
	env?: Record<string, string | undefined>;
}

/** Runs `astro build`; `env` adds variables (such as BUILD_FAULT_AFTER, see src/integrations/fault-point.ts, or SITE_CONTACT). */
export function astroBuild(
	{ contentDir, outDir, cacheDir, env: folderEnv = {} }: BuildFolders,
	env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[astro, 'build'],
			{
				cwd: root,
				env: { ...process.env, ...folderEnv, CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
				maxBuffer: 16 * 1024 * 1024,
			},
			// Colours are on where CI is set; the tests read the text.
			(error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) || 1 : 0, output: stripVTControlCharacters(`${stdout}\n${stderr}`) }),
		);
	});
}

/** The report of the last build in these folders (src/integrations/build-report.ts). */
export function lastBuildReport({ cacheDir }: BuildFolders): Promise<BuildReport> {
	return readBuildReport(cacheLayout(cacheDir).astro);
}

/** Where these builds keep their state between builds: Astro's cache folder. */
export const buildState = ({ cacheDir }: BuildFolders, ...path: string[]) => join(cacheLayout(cacheDir).astro, ...path);
