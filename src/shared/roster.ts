import type { RosterField } from "./api.ts";
import { normalizePhone } from "./phone.ts";

/**
 * Recognising a roster as Vietnamese offices export it. Headers are compared after
 * folding: NFC, lower case, spacing collapsed, punctuation and parenthesised notes such as
 * "(*)" or "(bắt buộc)" dropped, so "HỌ VÀ TÊN", "Họ  và tên:" and "Họ và tên (bắt buộc)"
 * are the same header. Diacritics are kept: "Tên" and "Tấn" are different words.
 */
const HEADER_ALIASES: Record<RosterField, string[]> = {
  name: ["họ và tên", "họ tên", "họ và tên đại biểu", "tên đại biểu", "full name", "name"],
  unit: [
    "đơn vị",
    "tên đơn vị",
    "đơn vị công tác",
    "cơ quan",
    "cơ quan đơn vị",
    "unit",
    "organisation",
    "organization",
  ],
  position: ["chức vụ", "chức danh", "chức vụ chức danh", "position", "title", "role"],
  phone: [
    "số điện thoại",
    "điện thoại",
    "sđt",
    "số đt",
    "đt",
    "điện thoại di động",
    "phone",
    "mobile",
  ],
  email: ["email", "e mail", "thư điện tử", "địa chỉ email"],
};

/**
 * Headers that name their field whatever words follow them: "Số điện thoại di động",
 * "Điện thoại liên hệ", "Email liên hệ", "Họ và tên đại biểu". Whole words only, so
 * "Số TT" or "Emailing" name nothing.
 */
const HEADER_PREFIXES: Record<RosterField, string[]> = {
  name: ["họ và tên", "họ tên"],
  unit: ["đơn vị", "tên đơn vị"],
  position: ["chức vụ", "chức danh"],
  phone: ["số điện thoại", "điện thoại"],
  email: ["email", "e mail"],
};

/** A header cell in the form the alias table uses. */
export function foldHeader(header: string): string {
  return header
    .normalize("NFC")
    .toLowerCase()
    .replace(/\([^()]*\)|\*/g, " ")
    .replace(/[\s\-_.:;,/()\u00a0]+/g, " ")
    .trim();
}

const FIELD_OF = new Map<string, RosterField>(
  Object.entries(HEADER_ALIASES).flatMap(([field, aliases]) =>
    aliases.map((alias) => [foldHeader(alias), field as RosterField] as const),
  ),
);
const PREFIXES = Object.entries(HEADER_PREFIXES).flatMap(([field, prefixes]) =>
  prefixes.map((prefix) => [`${foldHeader(prefix)} `, field as RosterField] as const),
);

/** The roster field a header names, or null for a column to ignore (STT, Ghi chú…). */
export function headerField(header: string): RosterField | null {
  const folded = foldHeader(header);
  const exact = FIELD_OF.get(folded);
  if (exact) return exact;
  return PREFIXES.find(([prefix]) => folded.startsWith(prefix))?.[1] ?? null;
}

/**
 * Maps a row of header cells to field → column index (first occurrence wins). Null
 * unless the row names the person (a name column) and at least one other known column.
 */
export function matchHeaderRow(cells: string[]): Partial<Record<RosterField, number>> | null {
  const columns: Partial<Record<RosterField, number>> = {};
  cells.forEach((cell, index) => {
    const field = headerField(cell);
    if (field && columns[field] === undefined) columns[field] = index;
  });
  if (columns.name === undefined || Object.keys(columns).length < 2) return null;
  return columns;
}

/** Text as stored: NFC, trimmed, inner runs of spaces collapsed. */
export function cleanText(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A data row as read, cleaned and checked; `phone`/`email` null when absent or invalid. */
export interface CleanRow {
  name: string;
  unit: string;
  position: string;
  phone: string | null;
  email: string | null;
  rawPhone: string;
  rawEmail: string;
  /** Why the row cannot be imported at all. */
  problem: "no_name" | null;
  /**
   * Cells that are not what they should be: the person is still imported, without them. A
   * wrong phone or e-mail is common (a typo, a note in the cell) and the person is no less
   * expected at the event.
   */
  warnings: ("invalid_phone" | "invalid_email")[];
}

/** Cleans one row's cells (already strings); says what is wrong with it, if anything. */
export function cleanRow(cells: Partial<Record<RosterField, string>>): CleanRow {
  const rawPhone = cleanText(cells.phone ?? "");
  const rawEmail = cleanText(cells.email ?? "");
  const phone = rawPhone ? normalizePhone(rawPhone) : null;
  const email = rawEmail && EMAIL.test(rawEmail) ? rawEmail.toLowerCase() : null;
  const name = cleanText(cells.name ?? "");
  const problem = !name ? "no_name" : null;
  const warnings: CleanRow["warnings"] = [];
  if (rawPhone && !phone) warnings.push("invalid_phone");
  if (rawEmail && !email) warnings.push("invalid_email");
  return {
    name,
    unit: cleanText(cells.unit ?? ""),
    position: cleanText(cells.position ?? ""),
    phone,
    email,
    rawPhone,
    rawEmail,
    problem,
    warnings,
  };
}
