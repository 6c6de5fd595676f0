import type { RosterField } from "./api.ts";
import { normalizePhone } from "./phone.ts";

/**
 * Recognising a roster as Vietnamese offices export it. Headers are compared after
 * folding: NFC, lower case, spacing collapsed, punctuation and "(*)" marks dropped, so
 * "HỌ VÀ TÊN", "Họ  và tên:" and "Họ và tên (*)" are the same header. Diacritics are kept:
 * "Tên" and "Tấn" are different words.
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

/** A header cell in the form the alias table uses. */
export function foldHeader(header: string): string {
  return header
    .normalize("NFC")
    .toLowerCase()
    .replace(/\(\s*\*\s*\)|\*/g, " ")
    .replace(/[\s\-_.:;,/()\u00a0]+/g, " ")
    .trim();
}

const FIELD_OF = new Map<string, RosterField>(
  Object.entries(HEADER_ALIASES).flatMap(([field, aliases]) =>
    aliases.map((alias) => [foldHeader(alias), field as RosterField] as const),
  ),
);

/** The roster field a header names, or null for a column to ignore (STT, Ghi chú…). */
export function headerField(header: string): RosterField | null {
  return FIELD_OF.get(foldHeader(header)) ?? null;
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
  problem: "no_name" | "invalid_phone" | "invalid_email" | null;
}

/** Cleans one row's cells (already strings); says what is wrong with it, if anything. */
export function cleanRow(cells: Partial<Record<RosterField, string>>): CleanRow {
  const rawPhone = cleanText(cells.phone ?? "");
  const rawEmail = cleanText(cells.email ?? "");
  const phone = rawPhone ? normalizePhone(rawPhone) : null;
  const email = rawEmail && EMAIL.test(rawEmail) ? rawEmail.toLowerCase() : null;
  const name = cleanText(cells.name ?? "");
  const problem = !name
    ? "no_name"
    : rawPhone && !phone
      ? "invalid_phone"
      : rawEmail && !email
        ? "invalid_email"
        : null;
  return {
    name,
    unit: cleanText(cells.unit ?? ""),
    position: cleanText(cells.position ?? ""),
    phone,
    email,
    rawPhone,
    rawEmail,
    problem,
  };
}
