import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { parseDocument } from 'yaml';

/**
 * `glob()` with two guarantees the stock loader does not give:
 *
 * - YAML (files and MDX frontmatter) is re-read with a YAML 1.2 parser, which keeps
 *   `2024-02-30` as text for the schema to reject; the stock parser turns it into 1 March.
 *   Duplicate keys are errors too.
 * - Two files that map to the same id (`a.yaml` and `a.yml`) fail the build instead of one
 *   silently replacing the other.
 */
export function strictGlob(options: { base: string; pattern: string }): Loader {
	const inner = glob(options);
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
					const data = (await readStrictYaml(filePath)) as typeof props.data;
					return context.parseData({ ...props, data });
				},
			});
		},
	};
}

const frontmatterPattern = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses a YAML file, or the frontmatter of an MD/MDX file, strictly. */
export async function readStrictYaml(filePath: string): Promise<Record<string, unknown>> {
	const text = await readFile(filePath, 'utf8');
	const isYaml = /\.ya?ml$/i.test(filePath);
	const yamlText = isYaml ? text : (frontmatterPattern.exec(text)?.[1] ?? '');
	return parseStrictYaml(yamlText, shortPath(filePath));
}

/** Parses YAML 1.2 (core schema: dates stay strings), throwing with the file name on any error. */
export function parseStrictYaml(yamlText: string, fileName: string): Record<string, unknown> {
	const document = parseDocument(yamlText, { schema: 'core', uniqueKeys: true, prettyErrors: true });
	const [firstError] = document.errors;
	if (firstError) throw new Error(`${fileName}: invalid YAML: ${firstError.message}`);
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
