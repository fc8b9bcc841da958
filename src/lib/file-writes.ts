/** Writing many output files at once, with the file-system calls overlapping in Node's thread pool. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

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

/** Writes a file, making its folder first if need be. */
export async function writeFileIn(file: string, content: string | Uint8Array): Promise<void> {
	await mkdir(dirname(file), { recursive: true });
	await writeFile(file, content);
}

/**
 * Writes each file under `dir` (paths relative to it), making folders first. A file already there
 * is written over, keeping its inode (see src/integrations/output-in-place.ts).
 */
export async function writeFilesUnder(dir: string, files: readonly { path: string; content: string | Uint8Array }[]): Promise<void> {
	const folders = new Set(files.map((file) => dirname(join(dir, file.path))));
	await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
	await runPooled(files.map((file) => () => writeFile(join(dir, file.path), file.content)));
}
