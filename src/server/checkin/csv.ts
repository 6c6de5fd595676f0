import Papa from "papaparse";

/**
 * A CSV file Excel opens right: UTF-8 with a BOM, CRLF lines, and every cell that starts
 * with = + - @ tab or CR prefixed with ' so that a name like "=HYPERLINK(...)" stays text
 * (papaparse's escapeFormulae). Small on purpose: a shared writer may replace it.
 */
export function toCsv(rows: (string | number)[][]): string {
  return `\uFEFF${Papa.unparse(rows, { escapeFormulae: true, newline: "\r\n" })}\r\n`;
}
