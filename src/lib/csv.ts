/**
 * CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel reads the
 * Japanese and German text as UTF-8), and no cell that a spreadsheet would run as a formula.
 */

/** Characters that make a spreadsheet treat a cell as a formula when it starts with one. */
const formulaStart = /^[=+\-@\t\r]/;

/** One field: a leading `'` before `= + - @`, tab or CR, and quoted when it holds a comma, quote or line break. */
export function safeCsvField(value: string | number | boolean): string {
	const raw = String(value);
	const text = formulaStart.test(raw) ? `'${raw}` : raw;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows with the same keys as a CSV file: a header row, CRLF line ends, and a byte-order mark first. */
export function toSafeCsv(rows: readonly Record<string, string | number | boolean>[]): string {
	const [first] = rows;
	if (!first) return '\uFEFF';
	const columns = Object.keys(first);
	const lines = [columns.map(safeCsvField).join(','), ...rows.map((row) => columns.map((column) => safeCsvField(row[column] ?? '')).join(','))];
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
