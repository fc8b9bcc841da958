/** The Nu Html Checker (vnu-jar) over every built page: zero errors. Needs Java. */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { javaPath } from '../../src/config.ts';
import { pages } from '../helpers/site.ts';

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

describe('Nu Html Checker', () => {
	it('reports no errors on any page', async () => {
		const files = (await pages()).map((page) => page.file);
		const output = await new Promise<string>((resolve, reject) => {
			execFile(
				javaPath,
				['-jar', vnuJar, '--errors-only', '--exit-zero-always', '--format', 'json', ...files],
				{ maxBuffer: 64 * 1024 * 1024 },
				(error, _stdout, stderr) => {
					if (error) reject(error);
					else resolve(stderr);
				},
			);
		});
		const messages = (JSON.parse(output) as { messages: { type: string; url: string; message: string; lastLine?: number }[] }).messages;
		const errors = messages.filter((message) => message.type === 'error').map((m) => `${m.url.replace(/^.*\/dist/, '')}:${m.lastLine ?? '?'} ${m.message}`);
		expect(errors).toEqual([]);
		expect(files.length).toBeGreaterThan(10);
	}, 120_000);
});
