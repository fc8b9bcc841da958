import { describe, expect, it } from 'vitest';
import { parseStrictYaml } from '../../src/loaders/strict-glob.ts';
import { sourceSchema } from '../../src/schemas/source.ts';

describe('parseStrictYaml', () => {
	it('keeps dates as text, so an impossible date reaches the schema unchanged', () => {
		const data = parseStrictYaml('published: 2024-02-30\nvalue: 0.8\n', 'x.yaml');
		expect(data).toEqual({ published: '2024-02-30', value: 0.8 });
		const result = sourceSchema.safeParse({ ...data, title: 'T', publisher: 'P', url: 'https://e.org', accessed: '2026-11-28', language: 'en', kind: 'news' });
		expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
			expect.stringMatching(/^published: .*2024-02-30/),
			expect.stringMatching(/^: Unrecognized key: "value"/),
		]);
	});
	it('rejects duplicate keys, naming the file', () => {
		expect(() => parseStrictYaml('title: a\ntitle: b\n', 'content/sources/x.yaml')).toThrow(
			/^content\/sources\/x\.yaml:2: invalid YAML: .*[Mm]ap keys must be unique/,
		);
	});
	it('rejects a file that is not a mapping', () => {
		expect(() => parseStrictYaml('- a\n- b\n', 'x.yaml')).toThrow(/expected YAML mapping of fields, got a list/);
	});
});
