import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseLock, takeLock } from '../../src/integrations/build-lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
const owner = (pid: number) => JSON.stringify({ pid, host: hostname(), started: '2026-12-02T06:00:00.000Z' });

describe('the build lock', () => {
	it('is taken, held by this process, and released', () => {
		const file = join(dir, 'a', '.build-lock');
		takeLock(file, 'dist');
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
		takeLock(file, 'dist');
		releaseLock(file);
		expect(existsSync(file)).toBe(false);
	});
	it('refuses while another running process holds it, naming the process and the file', () => {
		const file = join(dir, 'b.lock');
		writeFileSync(file, owner(1));
		expect(() => takeLock(file, 'dist')).toThrow(
			/^Another build \(process 1, started 2026-12-02T06:00:00\.000Z\) is writing to dist\. Wait for it to finish .*delete .*b\.lock/,
		);
		releaseLock(file);
		expect(existsSync(file)).toBe(true);
	});
	it('takes over the lock of a process that was killed', () => {
		const file = join(dir, 'c.lock');
		const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
		writeFileSync(file, owner(gone));
		const stale: unknown[] = [];
		takeLock(file, 'dist', (previous) => stale.push(previous?.pid));
		expect(stale).toEqual([gone]);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid });
		releaseLock(file);
	});
});
