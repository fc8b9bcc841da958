import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/**
 * `glob()` with two guarantees the stock loader does not give:
 *
 * - YAML (files and MDX frontmatter) is re-read with a YAML 1.2 parser, which keeps
 *   `2024-02-30` as text for the schema to reject; the stock parser turns it into 1 March.
 *   Duplicate keys are errors too.
 * - Two files that map to the same id (`a.yaml` and `a.yml`) fail the build instead of one
 *   silently replacing the other.
 * - With `schema`, the data is checked here first, so an error names the file, the field and
 *   the line it is on (Astro's own message points at line 0 and wraps fields in `**`).
 */
export function strictGlob(options: { base: string; pattern: string; schema?: z.ZodType }): Loader {
	const { schema, ...globOptions } = options;
	const inner = glob(globOptions);
	return {
		name: 'strict-glob',
		load: async (context) => {
			const fileById = new Map<string, string>();
			await inner.load({
				...context,
				parseData: async (props) => {
					const filePath = props.filePath;
					if (filePath === undefined) return context.parseData(props);
					const earlier = fileById.get(props.id);
					if (earlier !== undefined && earlier !== filePath) {
						throw new Error(`Duplicate id "${props.id}": ${shortPath(earlier)} and ${shortPath(filePath)}`);
					}
					fileById.set(props.id, filePath);
					// The stock parser's data is replaced by the strict parser's; the schema then types it.
					const read = await readStrictYamlWithLines(filePath);
					if (schema) {
						const result = await schema.safeParseAsync(read.data);
						if (!result.success) throw new Error(schemaErrorMessage(shortPath(filePath), result.error.issues, read.lineOf));
					}
					const data = read.data as typeof props.data;
					return context.parseData({ ...props, data });
				},
			});
		},
	};
}

const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses a YAML file, or the frontmatter of an MD/MDX file, strictly. */
export async function readStrictYaml(filePath: string): Promise<Record<string, unknown>> {
	return (await readStrictYamlWithLines(filePath)).data;
}

/** Where a field is: the line (from the top of the file) of a path such as `changelog.0.date`. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

async function readStrictYamlWithLines(filePath: string): Promise<{ data: Record<string, unknown>; lineOf: LineOf }> {
	const text = await readFile(filePath, 'utf8');
	const isYaml = /\.ya?ml$/i.test(filePath);
	const yamlText = isYaml ? text : (frontmatterPattern.exec(text)?.[1] ?? '');
	// Frontmatter starts on the line after the opening ---.
	return parseStrictYamlWithLines(yamlText, shortPath(filePath), isYaml ? 0 : 1);
}

/** Parses YAML 1.2 (core schema: dates stay strings), throwing with the file name on any error. */
export function parseStrictYaml(yamlText: string, fileName: string): Record<string, unknown> {
	return parseStrictYamlWithLines(yamlText, fileName).data;
}

/**
 * `parseStrictYaml`, with a lookup from a field's path to its line in the file (`lineOffset`
 * lines above the YAML: 1 for frontmatter after its `---`).
 */
export function parseStrictYamlWithLines(yamlText: string, fileName: string, lineOffset = 0): { data: Record<string, unknown>; lineOf: LineOf } {
	const lineCounter = new LineCounter();
	const document = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, prettyErrors: true, lineCounter });
	const [firstError] = document.errors;
	if (firstError) {
		const line = firstError.linePos?.[0].line;
		throw new Error(`${fileName}${line === undefined ? '' : `:${line + lineOffset}`}: invalid YAML: ${firstError.message}`);
	}
	const lineOf: LineOf = (path) => {
		const offset = fieldOffset(document, path);
		return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
	};
	return { data: toMapping(document, fileName), lineOf };
}

/**
 * The offset of the deepest part of `path` that the document has: a key where the path names
 * a field of a mapping, an item where it names a list position. A missing field points at the
 * mapping that lacks it.
 */
function fieldOffset(document: Document, path: readonly PropertyKey[]): number | undefined {
	let node: unknown = document.contents;
	let offset = (node as { range?: [number, number, number] } | null)?.range?.[0];
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
			if (!pair) break;
			offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
			node = node.items[segment];
			offset = (node as { range?: [number, number, number] }).range?.[0] ?? offset;
		} else break;
	}
	return offset;
}

interface SchemaIssue {
	path: PropertyKey[];
	message: string;
	code?: string;
	keys?: string[];
}

/**
 * A schema failure for editors: one line per problem, `file:line: field: what was expected`.
 * An unknown field is reported at its own line.
 */
export function schemaErrorMessage(fileName: string, issues: readonly SchemaIssue[], lineOf: LineOf): string {
	const lines = issues.map((issue) => {
		const path = issue.keys?.length ? [...issue.path, issue.keys[0]!] : issue.path;
		const line = lineOf(path);
		const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
		return `${fileName}${line === undefined ? '' : `:${line}`}: ${field}${issue.message}`;
	});
	return `${fileName} does not match its schema:\n${lines.map((line) => `  ${line}`).join('\n')}`;
}

function toMapping(document: Document, fileName: string): Record<string, unknown> {
	const value: unknown = document.toJS();
	if (value === null || value === undefined) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new Error(`${fileName}: expected YAML mapping of fields, got ${Array.isArray(value) ? 'a list' : typeof value}`);
	}
	return value as Record<string, unknown>;
}

function shortPath(filePath: string): string {
	return relative(process.cwd(), filePath);
}
