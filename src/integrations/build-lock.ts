/**
 * One build at a time per output and cache folder. Two builds writing the same folders at once
 * corrupt each other (one deletes the other's prerender chunks, or publishes them; a page is
 * left empty), so a build takes a lock file in each folder before anything is written, and a
 * second build refuses with a message naming the first.
 *
 * The lock is released on every exit, including Ctrl-C and `kill`. A build that was killed
 * outright (SIGKILL, a power cut) leaves its lock behind; the lock names its process, and a
 * lock whose process no longer runs on this machine is recognised as stale and taken over.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

interface LockOwner {
	pid: number;
	host: string;
	started: string;
}

export class BuildLockedError extends Error {
	override name = 'BuildLockedError';
}

/** True while the process runs (on this machine); a process of another user counts as running. */
function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

function readOwner(file: string): LockOwner | undefined {
	try {
		const owner = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockOwner>;
		return typeof owner.pid === 'number' && typeof owner.host === 'string' ? (owner as LockOwner) : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Takes the lock file `file` for this process, or throws a BuildLockedError naming the build
 * that holds it. A lock of a process that has ended is removed first (`onStale` is told).
 */
export function takeLock(file: string, folder: string, onStale: (owner: LockOwner | undefined) => void = () => undefined): void {
	mkdirSync(dirname(file), { recursive: true });
	for (let attempt = 0; attempt < 3; attempt++) {
		try {
			const fd = openSync(file, 'wx');
			writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() } satisfies LockOwner));
			closeSync(fd);
			return;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}
		const owner = readOwner(file);
		// A lock being written this instant has no owner yet: look again before calling it stale.
		if (owner === undefined && attempt === 0) {
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
			continue;
		}
		if (owner?.pid === process.pid && owner.host === hostname()) return;
		if (owner && (owner.host !== hostname() || isRunning(owner.pid))) {
			throw new BuildLockedError(
				`Another build (process ${owner.pid}${owner.host === hostname() ? '' : ` on ${owner.host}`}, started ${owner.started}) is writing to ${folder}. Wait for it to finish and build again; if no such build is running, delete ${file}.`,
			);
		}
		onStale(owner);
		rmSync(file, { force: true });
	}
	throw new BuildLockedError(`Could not take the build lock ${file}; delete it if no build is running.`);
}

/** Removes the lock file if this process holds it. */
export function releaseLock(file: string): void {
	if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
}

const lockName = '.build-lock';

export function buildLock(): AstroIntegration {
	return {
		name: 'build-lock',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				if (command !== 'build') return;
				const folders = [fileURLToPath(config.cacheDir), fileURLToPath(config.outDir)];
				const files = folders.map((folder) => `${folder.replace(/\/$/, '')}/${lockName}`);
				const held: string[] = [];
				const release = () => {
					for (const file of held) releaseLock(file);
				};
				try {
					files.forEach((file, index) => {
						takeLock(file, relative(process.cwd(), folders[index]!) || '.', (owner) => {
							logger.warn(`removed a stale build lock ${file}${owner ? ` of process ${owner.pid}, which is no longer running` : ''} (a build was killed)`);
						});
						held.push(file);
					});
				} catch (error) {
					release();
					throw error;
				}
				process.once('exit', release);
				for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
					process.once(signal, () => {
						release();
						process.kill(process.pid, signal);
					});
				}
			},
		},
	};
}
