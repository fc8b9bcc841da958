/**
 * Writing into the build's output folder: the one contract every writer keeps.
 *
 * Builds write over the output folder in place, and at the end the sweep
 * (./output-in-place.ts) deletes every file this build did not write. So every file an
 * integration puts into the output goes through this module:
 *
 * - `writeOutput(file, content)` and `writeOutputs(dir, files)` write files (folders are made);
 * - `linkOutput(cached, file)` puts a cached file in as a hard link (or a copy);
 * - `copyOutput(from, to)` copies a file of this build to another address;
 * - `markWritten(file)` says that a file left as an earlier build wrote it is part of this build
 *   too (a writer that skips unchanged files calls it for each file it skipped).
 *
 * A writer whose work goes on after its `astro:build:done` hook returns (so that it runs side
 * by side with the next integration's) hands it to `writeInBackground`: the sweep waits for it.
 *
 * A file put into the output any other way is swept away. Astro's own files need nothing: it
 * writes its assets in every build, and lists the pages it keeps.
 *
 * How it works, known only here and in the sweep: a file counts as written by this build when
 * its inode's change time (ctime) is no older than the build's start. Writing, linking, copying
 * and touching all set it, and no tool can set it back.
 */
import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** When this build started (ms since the epoch): files of this build are no older. */
export const buildStart = performance.timeOrigin;

/** True if the file at `path` was written by this build (or since `since`); false if it is older or gone. */
export async function writtenThisBuild(path: string, since = buildStart): Promise<boolean> {
	const found = await lstat(path).catch(() => undefined);
	return found !== undefined && found.ctimeMs >= since;
}

/** Files in flight at a time: enough to keep the thread pool busy, few enough not to queue behind. */
const width = 8;

/** Runs the jobs, `width` at a time, in order of start. */
export async function runPooled(jobs: readonly (() => Promise<unknown>)[]): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < jobs.length) await jobs[next++]!();
	};
	await Promise.all(Array.from({ length: width }, worker));
}

/** Writes a file, making its folder first if need be. A file already there is written over, keeping its inode. */
export async function writeOutput(file: string, content: string | Uint8Array): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, content);
}

/**
 * Writes each file under `dir` (paths relative to it), making folders first, several at a time.
 * A file already there is written over, keeping its inode.
 */
export async function writeOutputs(dir: string, files: readonly { path: string; content: string | Uint8Array }[]): Promise<void> {
	const folders = new Set(files.map((file) => dirname(join(dir, file.path))));
	await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
	await runPooled(files.map((file) => () => writeFile(join(dir, file.path), file.content)));
}

/**
 * Puts a cached file into the output as a hard link, which writes no data (its folder is made).
 * The cache must replace its files by renaming new ones into place, never by writing into them,
 * so that a linked file in the output cannot change afterwards. Where the cache is on another
 * file system, the file is copied (as a copy-on-write clone where the file system can).
 */
export async function linkOutput(cached: string, file: string): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	// A file already there may be a link to this very cache file: copying onto it would empty both.
	await rm(file, { force: true });
	try {
		await link(cached, file);
	} catch {
		// Another file system (EXDEV), or one without hard links.
		await copyFile(cached, file, constants.COPYFILE_FICLONE);
	}
}

/** Copies an output file to another address in the output, making its folder first. */
export async function copyOutput(from: string, to: string): Promise<void> {
	await mkdir(dirname(to), { recursive: true });
	// What is there may be a hard link into a cache (linkOutput): writing into it would change the cache.
	await rm(to, { force: true });
	await copyFile(from, to, constants.COPYFILE_FICLONE);
}

/** Marks a file that an earlier build wrote, and that this build leaves as it is, as part of this build. */
export async function markWritten(file: string): Promise<void> {
	const now = new Date();
	await utimes(file, now, now);
}

const background: Promise<unknown>[] = [];

/** Work that writes into the output after its hook has returned; the sweep waits for it, and its failure fails the build. */
export function writeInBackground(work: Promise<unknown>): void {
	// Its failure is reported where it is awaited, by the sweep.
	work.catch(() => undefined);
	background.push(work);
}

/** Waits for every writer's work handed to writeInBackground. */
export async function backgroundWrites(): Promise<void> {
	await Promise.all(background.splice(0));
}
