/**
 * Clearing out what an earlier build left behind, for builds that write over the output folder
 * instead of emptying it first (see src/integrations/output-in-place.ts).
 */
import { lstat, readdir, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Deletes every file under `dir` that has not been touched since `since` (milliseconds since the
 * epoch), then every folder left empty, and returns the deleted files relative to `dir`, sorted.
 *
 * "Touched" is the inode's change time (ctime), which writing, truncating, linking and renaming
 * all set, and which no tool can set back: a file this build wrote, copied or linked is newer,
 * and anything older is a page, asset or index file that this build no longer makes. Paths for
 * which `keep` says yes (relative, with `/`; a folder's keeps all in it) are left alone.
 */
export async function removeStaleFiles(dir: string, since: number, keep: (path: string) => boolean = () => false): Promise<string[]> {
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
				if ((await lstat(path)).ctimeMs >= since) return true;
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
