import Papa from "papaparse";
import readXlsxFile, { type Row } from "read-excel-file/node";
import type { RosterField } from "../../shared/api.ts";
import { matchHeaderRow } from "../../shared/roster.ts";
import { MAX_UNZIPPED_BYTES, unzipsBeyond } from "./unzippedSize.ts";

/** Why a file is refused as a whole; the API answers it as a 400 with this code. */
export class RosterFileError extends Error {
  override name = "RosterFileError";
  constructor(
    readonly code:
      | "not_a_roster"
      | "roster_xls"
      | "roster_no_header"
      | "roster_too_many_rows"
      | "roster_too_large",
    message: string,
  ) {
    super(message);
  }
}

/** A roster file as read: the header found and each data row's cells by field. */
export interface RosterFile {
  format: "csv" | "xlsx";
  sheet: string | null;
  sheets: string[];
  /** 1-based, as the spreadsheet numbers it. */
  headerRow: number;
  columns: Partial<Record<RosterField, string>>;
  rows: { row: number; cells: Partial<Record<RosterField, string>> }[];
}

/** Rows searched for the header: offices put a title and a date above the table. */
const HEADER_SEARCH_ROWS = 15;
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;
/** Issue 12: most people one roster file may hold by default (ROSTER_MAX_ROWS changes it). */
export const MAX_ROSTER_ROWS = 20_000;

/** Limits a roster file is read under (issue 12); each defaults to the constant above. */
export interface RosterLimits {
  /** Most data rows (more: roster_too_many_rows). */
  maxRows?: number;
  /** Most bytes an .xlsx may expand to (more: roster_too_large). */
  maxUnzippedBytes?: number;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * Reads an uploaded roster: XLSX (by its zip signature) or CSV text (UTF-8 with or without
 * BOM, UTF-16 with BOM as Excel's "Unicode text", or Windows-1258 as Excel's plain "CSV"
 * writes on Vietnamese Windows; comma, semicolon or tab separated). Throws
 * RosterFileError for anything else, or when no header row is recognisable.
 */
export async function readRosterFile(
  bytes: Uint8Array,
  limits: RosterLimits = {},
): Promise<RosterFile> {
  const maxRows = limits.maxRows ?? MAX_ROSTER_ROWS;
  if (bytes.length === 0) throw new RosterFileError("not_a_roster", "the file is empty");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const maxUnzipped = limits.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES;
    // Checked before the reader unpacks anything: it would hold every expanded byte.
    if (unzipsBeyond(bytes, maxUnzipped)) {
      throw new RosterFileError(
        "roster_too_large",
        `the workbook expands to more than ${Math.round(maxUnzipped / 1024 / 1024)} MiB; save it as CSV or split it`,
      );
    }
    return readXlsx(bytes, maxRows);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new RosterFileError(
      "roster_xls",
      "this is an old Excel .xls file: save it as .xlsx or CSV (UTF-8) and upload that",
    );
  }
  return readCsv(decodeText(bytes), maxRows);
}

function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    if (startsWith(bytes, [0xff, 0xfe]))
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    else if (startsWith(bytes, [0xfe, 0xff]))
      text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    else text = utf8OrWindows1258(bytes);
  } catch {
    throw new RosterFileError(
      "not_a_roster",
      "the file is neither an .xlsx workbook nor CSV text in UTF-8, UTF-16 or Windows-1258",
    );
  }
  // Binary that happens to decode (rare) still carries control characters text never has.
  if (hasControlCharacters(text.slice(0, 65536))) {
    throw new RosterFileError("not_a_roster", "the file contains binary data, not CSV text");
  }
  return text;
}

/**
 * UTF-8 when the bytes are valid UTF-8 (Vietnamese in Windows-1258 practically never is);
 * otherwise Windows-1258, whose tone marks are separate combining characters, composed
 * here (NFC) so that names compare and display like those typed anywhere else.
 */
function utf8OrWindows1258(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1258", { fatal: true }).decode(bytes).normalize("NFC");
  }
}

/** Characters of CSV parsed per turn of the event loop (issue 12: the server keeps answering). */
const CSV_CHARS_PER_TURN = 64 * 1024;

/**
 * Parses CSV text in chunks, giving the event loop a turn after each (a 5 MiB file takes
 * the CPU long enough to delay every other request). Papa carries a row cut by a chunk's
 * end, quoted line breaks included, over to the next chunk.
 */
function parseCsvInTurns(text: string): Promise<string[][]> {
  return new Promise((resolve) => {
    const rows: string[][] = [];
    Papa.parse<string[]>(text, {
      delimitersToGuess: [",", ";", "\t"],
      skipEmptyLines: false,
      chunkSize: CSV_CHARS_PER_TURN,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        for (const row of results.data)
          rows.push(row.map((cell: string | undefined) => String(cell ?? "")));
        parser.pause();
        setImmediate(() => parser.resume());
      },
      complete: () => resolve(rows),
    });
  });
}

async function readCsv(text: string, maxRows: number): Promise<RosterFile> {
  const found = findTable(await parseCsvInTurns(text), maxRows);
  if (!found) throw noHeader();
  return { format: "csv", sheet: null, sheets: [], ...found };
}

async function readXlsx(bytes: Uint8Array, maxRows: number): Promise<RosterFile> {
  let sheets: { sheet: string; data: Row[] }[];
  try {
    sheets = await readXlsxFile(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    throw new RosterFileError(
      "not_a_roster",
      "the file looks like a zip but is not a readable .xlsx workbook",
    );
  }
  // The first sheet with a recognisable header wins: cover pages and notes are skipped.
  for (const { sheet, data } of sheets) {
    const found = findTable(
      data.map((row) => row.map(cellText)),
      maxRows,
    );
    if (found) return { format: "xlsx", sheet, sheets: sheets.map((s) => s.sheet), ...found };
  }
  throw noHeader(sheets.map((s) => s.sheet));
}

/** A spreadsheet cell as text. Whole numbers print without ".0" (phones typed as numbers). */
function cellText(cell: Row[number]): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === "number" && Number.isInteger(cell)) {
    const digits = String(cell);
    // Excel drops the leading 0 of a phone stored as a number: 912345678 was 0912345678.
    return /^[1-9]\d{8}$/.test(digits) ? `0${digits}` : digits;
  }
  return String(cell);
}

function findTable(
  grid: string[][],
  maxRows: number,
): Omit<RosterFile, "format" | "sheet" | "sheets"> | null {
  for (let h = 0; h < Math.min(grid.length, HEADER_SEARCH_ROWS); h++) {
    const header = grid[h]!;
    const indexes = matchHeaderRow(header);
    if (!indexes) continue;
    const entries = Object.entries(indexes) as [RosterField, number][];
    const columns = Object.fromEntries(entries.map(([field, i]) => [field, header[i]!.trim()]));
    const rows = grid.slice(h + 1).map((cells, offset) => ({
      row: h + 2 + offset,
      cells: Object.fromEntries(entries.map(([field, i]) => [field, cells[i] ?? ""])),
    }));
    // Fully empty lines (trailing newlines, spacer rows) are not rows anyone meant.
    const filled = rows.filter((r) => Object.values(r.cells).some((v) => v.trim() !== ""));
    if (filled.length > maxRows) {
      throw new RosterFileError(
        "roster_too_many_rows",
        `the file has ${filled.length} rows; at most ${maxRows} are imported at once`,
      );
    }
    return { headerRow: h + 1, columns, rows: filled };
  }
  return null;
}

function noHeader(sheets?: string[]): RosterFileError {
  const where = sheets?.length ? ` in any sheet (${sheets.join(", ")})` : "";
  return new RosterFileError(
    "roster_no_header",
    `no header row with a "Họ và tên" column and another known column (Đơn vị, Chức vụ, Số điện thoại, Email) was found${where}`,
  );
}

/**
 * True when text has control characters other than tab, newline, form feed and carriage
 * return. C1 ones (U+0080–U+009F) are what Windows-1258 makes of the bytes it leaves
 * undefined, so they mark binary read as that encoding.
 */
function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c)
      return true;
    if (code >= 0x80 && code < 0xa0) return true;
  }
  return false;
}
