import Papa from "papaparse";

/**
 * Cells a spreadsheet would read as a formula (OWASP "CSV injection"): starting with
 * = + - @, a tab or a carriage return. Papa's own default pattern (`^[=+\-@\t\r].*$`)
 * misses a cell with a line break after the formula, hence this one.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Writes rows as CSV for people to open in Excel or LibreOffice: RFC 4180 quoting, CRLF
 * line ends, and every cell that could start a formula prefixed with a single quote, as
 * OWASP recommends (so `=HYPERLINK(…)` or `+84…` shows as text, never runs). `bom` puts
 * a UTF-8 byte-order mark first so Excel reads Vietnamese correctly. Every CSV the app,
 * the server or the CLI writes goes through here (list-attendees, the attendance and
 * results exports).
 */
export function writeCsv(
  rows: readonly Record<string, unknown>[] | readonly unknown[][],
  options: { bom?: boolean; columns?: string[] } = {},
): string {
  const body = Papa.unparse(rows as unknown[], {
    escapeFormulae: FORMULA_START,
    newline: "\r\n",
    ...(options.columns ? { columns: options.columns } : {}),
  });
  return `${options.bom ? "\uFEFF" : ""}${body}\r\n`;
}
