/**
 * Clearing out what an earlier build left behind, for builds that write over the output folder
 * instead of emptying it first (see ./output-in-place.ts, and ./write.ts for the writers' side).
 */
import { readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildStart, writtenThisBuild } from './write.ts';

/**
 * Deletes every file under `dir` that this build did not write (./write.ts), then every folder
 * left empty, and returns the deleted files relative to `dir`, sorted: anything older is a page,
 * asset or index file that this build no longer makes. Paths for which `keep` says yes
 * (relative, with `/`; a folder's keeps all in it) are left alone. `since` is for tests: a start
 * other than the build's.
 */
export async function removeStaleFiles(dir: string, keep: (path: string) => boolean = () => false, since = buildStart): Promise<string[]> {
	const removed: string[] = [];
	const sweep = async (folder: string, prefix: string): Promise<boolean> => {
		const entries = await readdir(folder, { withFileTypes: true });
		const left = await Promise.all(
			entries.map(async (entry) => {
				const path = join(folder, entry.name);
				const relative = prefix + entry.name;
				if (keep(relative)) return true;
				if (entry.isDirectory()) {
					const emptied = !(await sweep(path, `${relative}/`));
					if (emptied) await rmdir(path);
					return !emptied;
				}
				if (await writtenThisBuild(path, since)) return true;
				await rm(path, { force: true });
				removed.push(relative);
				return false;
			}),
		);
		return left.some(Boolean);
	};
	await sweep(dir, '');
	return removed.sort();
}
