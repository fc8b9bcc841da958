/** Reading the CSV files the site publishes, in the post-build tests. */

/** RFC 4180 CSV, as written by src/lib/csv.ts. */
export function parseCsv(text: string): Record<string, string>[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const endField = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < text.length; i++) {
		const char = text[i]!;
		if (quoted) {
			if (char === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') endField();
		else if (char === '\r' && text[i + 1] === '\n') {
			endField();
			rows.push(row);
			row = [];
			i++;
		} else field += char;
	}
	const [header, ...body] = rows;
	return body.map((cells) => Object.fromEntries(header!.map((name, index) => [name, cells[index] ?? ''])));
}
