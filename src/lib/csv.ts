/**
 * CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark (so Excel, German Excel
 * too, reads the Japanese and German text as UTF-8), and no cell that a spreadsheet would run as
 * a formula (CSV injection).
 */

export type CsvRow = Record<string, string | number | boolean>;

/** A genuine number written as text (`-3`, `-0.25`), which a spreadsheet may read as a number. */
const plainNumber = /^[+-]?\d+(\.\d+)?$/;

/** Characters that make a spreadsheet treat a cell as a formula when it starts with one. */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * One field. Text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * `'`, as OWASP advises; numbers, and text that is exactly a number, stay as they are. Quoted when
 * it holds a comma, quote or line break.
 */
export function csvField(value: string | number | boolean): string {
	const raw = String(value);
	const text = typeof value === 'string' && formulaStart.test(raw) && !plainNumber.test(raw) ? `'${raw}` : raw;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Byte-order mark: tells spreadsheets the file is UTF-8. */
export const utf8Bom = '\uFEFF';

/** Rows with the same keys as a CSV file: a header row, CRLF line ends and a byte-order mark; no rows give an empty string. */
export function toCsv(rows: readonly CsvRow[]): string {
	const [first] = rows;
	if (!first) return '';
	const columns = Object.keys(first);
	const lines = [columns.map(csvField).join(','), ...rows.map((row) => columns.map((column) => csvField(row[column] ?? '')).join(','))];
	return `${utf8Bom}${lines.join('\r\n')}\r\n`;
}
