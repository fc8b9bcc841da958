/**
 * Article text is safe by construction: what an article may contain besides Markdown is the
 * site's own components and a short list of inline HTML elements with harmless attributes. The
 * build refuses anything else (a `<script>`, an `onclick`, a `javascript:` link, an `<iframe>`,
 * an import or a JavaScript expression), naming the line. The Content-Security-Policy stays as
 * the second line of defence.
 */
import type { Nodes, Root } from 'mdast';

/** Components an article may use (the map in src/components/mdx.ts), with the attributes each takes. */
export const articleComponents: Readonly<Record<string, readonly string[]>> = {
	Cite: ['id', 'at'],
	ClaimReview: ['id'],
	Chart: ['dataset'],
	Timeline: ['dataset'],
	Quote: ['lang', 'translation'],
};

/** Inline HTML an article may write, with the attributes each may carry. */
export const allowedElements: Readonly<Record<string, readonly string[]>> = {
	span: ['lang', 'dir', 'title'],
	abbr: ['title', 'lang'],
	q: ['lang', 'cite'],
	cite: ['lang'],
	time: ['datetime'],
	br: [],
	wbr: [],
	em: ['lang'],
	strong: ['lang'],
	i: ['lang'],
	b: ['lang'],
	small: [],
	sub: [],
	sup: [],
	s: [],
	mark: [],
	code: [],
	kbd: [],
};

/** Link schemes an article may use; a link without a scheme is relative and fine. */
const allowedSchemes: ReadonlySet<string> = new Set(['https', 'http', 'mailto']);

export interface MarkupProblem {
	/** Line in the text that was parsed (add the body's first line for a line of the file). */
	line: number | undefined;
	message: string;
}

/**
 * The scheme of a URL as a browser reads it: it ignores spaces and control characters
 * (`java\tscript:` is `javascript:`) and letter case. Undefined for a relative URL.
 */
export function urlScheme(url: string): string | undefined {
	// eslint-disable-next-line no-control-regex
	const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** True for a link an article may carry: relative, or https, http or mailto. */
export function isSafeUrl(url: string): boolean {
	const scheme = urlScheme(url);
	return scheme === undefined || allowedSchemes.has(scheme);
}

type Jsx = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

function checkElement(node: Jsx, problems: MarkupProblem[]): void {
	const line = node.position?.start.line;
	const name = node.name;
	if (!name) {
		problems.push({ line, message: 'a fragment (<>…</>) is not allowed in an article; write the text without it' });
		return;
	}
	const isComponent = /^[A-Z]/.test(name);
	const allowed = isComponent ? articleComponents[name] : allowedElements[name];
	if (!allowed) {
		const list = isComponent ? Object.keys(articleComponents) : Object.keys(allowedElements);
		problems.push({ line, message: `<${name}> is not allowed in an article; use Markdown or one of ${list.map((item) => `<${item}>`).join(', ')}` });
		return;
	}
	for (const attribute of node.attributes) {
		if (attribute.type !== 'mdxJsxAttribute') {
			problems.push({ line, message: `<${name}>: a spread attribute {…} is not allowed; write each attribute as name="text"` });
			continue;
		}
		const attributeName = attribute.name;
		if (/^on/i.test(attributeName)) {
			problems.push({ line, message: `<${name}> ${attributeName}: event handler attributes are not allowed in an article` });
		} else if (!allowed.includes(attributeName)) {
			problems.push({
				line,
				message: `<${name}> ${attributeName}: attribute not allowed; <${name}> takes ${allowed.length ? allowed.join(', ') : 'no attributes'}`,
			});
		} else if (typeof attribute.value !== 'string') {
			problems.push({ line, message: `<${name}> ${attributeName}: write the value as plain text in quotes, not as {…} code` });
		} else if (!isSafeUrl(attribute.value) && attributeName === 'cite') {
			problems.push({ line, message: `<${name}> ${attributeName}: "${attribute.value}" is not an https, http, mailto or relative address` });
		}
	}
}

/**
 * Everything in an MDX tree (as Sätteri or remark-mdx parse it) that an article may not
 * contain, in document order.
 */
export function unsafeMarkup(tree: Root): MarkupProblem[] {
	const problems: MarkupProblem[] = [];
	const walk = (node: Nodes): void => {
		const line = node.position?.start.line;
		switch (node.type) {
			case 'html':
				problems.push({ line, message: 'raw HTML is not allowed in an article; use Markdown or an allowed element' });
				return;
			case 'mdxjsEsm':
				problems.push({ line, message: 'import and export are not allowed in an article; components are available without importing them' });
				return;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
					problems.push({
						line,
						message: 'a {…} JavaScript expression is not allowed in an article (write \\{ for a literal brace); only {/* comments */} are',
					});
				}
				return;
			case 'link':
			case 'image':
			case 'definition':
				if (!isSafeUrl(node.url)) {
					problems.push({
						line,
						message: `${node.type === 'image' ? 'image' : 'link'} to "${node.url}": only https, http, mailto and relative addresses are allowed`,
					});
				}
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				checkElement(node, problems);
				break;
		}
		if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
	};
	walk(tree);
	return problems;
}
