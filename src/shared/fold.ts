/**
 * Vietnamese text folding for search: case-insensitive and diacritic-insensitive, with
 * đ/Đ → d (it is a letter of its own, not d with a combining mark, so NFD keeps it).
 * "Nghị quyết" and "NGHI QUYET" both fold to "nghi quyet".
 */

const COMBINING_MARK = /\p{M}/gu;
const cache = new Map<string, string>();

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  // ASCII needs only lower-casing; it is most of any text and the hot path of indexing.
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  let folded = cache.get(ch);
  if (folded === undefined) {
    folded = ch
      .normalize("NFD")
      .replace(COMBINING_MARK, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase()
      .normalize("NFC");
    cache.set(ch, folded);
  }
  return folded;
}

/** Folds text for comparison: "Đảng" → "dang", "Hội nhập" → "hoi nhap". */
export function foldVietnamese(text: string): string {
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}
