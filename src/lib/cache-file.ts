/** Small on-disk caches for build outputs that are slow to make (share cards, citations). */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Writes a cache file atomically: a concurrent build never reads half a file. */
export function writeCacheFile(path: string, data: string | Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${randomUUID()}.tmp`;
	writeFileSync(temporary, data);
	renameSync(temporary, path);
}

const require = createRequire(import.meta.url);
const versions = new Map<string, string>();

/** Installed versions of packages, for cache keys that change when a dependency does. */
export function packageVersions(names: readonly string[]): string {
	return names
		.map((name) => {
			let version = versions.get(name);
			if (version === undefined) {
				// Read the manifest from node_modules directly: not every package exports ./package.json.
				const manifest = (require.resolve.paths(name) ?? []).map((dir) => join(dir, name, 'package.json')).find((path) => existsSync(path));
				if (!manifest) throw new Error(`Cannot find the installed version of ${name}`);
				version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
				versions.set(name, version);
			}
			return `${name}@${version}`;
		})
		.join(' ');
}

/** The file a JSON cache entry is kept in: named by a hash of its key. */
export function cacheFilePath(cacheDir: string, key: unknown): string {
	return join(cacheDir, `${createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32)}.json`);
}

/** The value in a JSON cache file, or undefined when there is none yet. */
export function readCachedJson<T>(file: string): T | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** A value from a JSON cache file, computed and stored on a miss. */
export function cachedJson<T>(cacheDir: string, key: unknown, compute: () => T): T {
	const file = cacheFilePath(cacheDir, key);
	const cached = readCachedJson<T>(file);
	if (cached !== undefined) return cached;
	const value = compute();
	writeCacheFile(file, JSON.stringify(value));
	return value;
}
