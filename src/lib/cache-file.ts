/** Small on-disk caches for build outputs that are slow to make (share cards, citations). */
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/** Writes a cache file atomically: a concurrent build never reads half a file. */
export function writeCacheFile(path: string, data: string | Uint8Array): void {
	mkdirSync(dirname(path), { recursive: true });
	const temporary = `${path}.${randomUUID()}.tmp`;
	writeFileSync(temporary, data);
	renameSync(temporary, path);
}

/** Installed versions of packages, for cache keys that change when a dependency does. */
export function packageVersions(names: readonly string[]): string {
	const require = createRequire(import.meta.url);
	return names.map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`).join(' ');
}
