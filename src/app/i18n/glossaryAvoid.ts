/**
 * Issue 13: the words the project's Vietnamese glossary ("Vietnamese terms — decided once,
 * used everywhere", glossary-vi.md in the project's shared notes) says to avoid in screens,
 * printouts and messages, with the word to use instead. Copied here because the glossary
 * lives outside the repository (CI clones only this). Checked against every Vietnamese
 * dictionary by glossary.test.ts; the app does not import it.
 */
export interface AvoidRule {
  /** What is wrong, as the test reports it. */
  avoid: string;
  /** What the glossary says to use. */
  use: string;
  pattern: RegExp;
}

// A word on its own: not inside a longer word (Vietnamese letters and their marks count).
const L = "[\\p{L}\\p{M}]";
const word = (w: string, flags = "iu") => new RegExp(`(?<!${L})${w}(?!${L})`, flags);

export const AVOID_RULES: AvoidRule[] = [
  { avoid: "offline", use: "không có mạng / đã có trên máy", pattern: word("offline") },
  { avoid: "online", use: "có mạng", pattern: word("online") },
  { avoid: "ngoại tuyến", use: "không có mạng", pattern: word("ngoại tuyến") },
  { avoid: "trực tuyến", use: "có mạng", pattern: word("trực tuyến") },
  { avoid: "người tham dự", use: "đại biểu", pattern: word("người tham dự") },
  { avoid: "học viên", use: "đại biểu", pattern: word("học viên") },
  { avoid: "giảng viên", use: "báo cáo viên / người trình bày", pattern: word("giảng viên") },
  // Only the capitalised form names the organisers.
  {
    avoid: "ban tổ chức (not capitalised)",
    use: "Ban Tổ chức",
    pattern: new RegExp(`(?<!${L})(?!Ban Tổ chức)[Bb]an [Tt]ổ chức(?!${L})`, "u"),
  },
  { avoid: "sự kiện", use: "hội nghị", pattern: word("sự kiện") },
  { avoid: "buổi", use: "phiên", pattern: word("buổi") },
  { avoid: "file", use: "tệp / tài liệu", pattern: word("file") },
  // "link" only as "đường link".
  { avoid: "link (without “đường”)", use: "đường link", pattern: word("(?<!đường )link") },
  { avoid: "vé vào cửa", use: "mã điểm danh", pattern: word("vé vào cửa") },
  { avoid: "soát vé", use: "điểm danh / máy điểm danh", pattern: word("soát vé") },
  { avoid: "thẻ đeo", use: "thẻ đại biểu", pattern: word("thẻ đeo") },
  { avoid: "bấm", use: "chạm", pattern: word("bấm") },
  { avoid: "Hãy …", use: "Vui lòng …", pattern: word("hãy") },
  { avoid: "xin", use: "Vui lòng …", pattern: word("xin") },
  { avoid: "nhờ", use: "Vui lòng …", pattern: word("nhờ") },
  {
    avoid: "Kính mời (without “đồng chí:”)",
    use: "Kính mời đồng chí:",
    pattern: new RegExp(`(?<!${L})Kính mời(?! đồng chí:)`, "iu"),
  },
  { avoid: "26 tháng 6 (date)", use: "ngày 26/06/2015", pattern: /\d{1,2} tháng \d{1,2}/u },
  {
    avoid: "26/6/15 (two-digit year)",
    use: "26/06/2015",
    pattern: /(?<!\d)\d{1,2}\/\d{1,2}\/\d{2}(?!\d)/u,
  },
];

/** Every rule the text breaks, with the words that break it. */
export function glossaryBreaches(text: string): { rule: AvoidRule; found: string }[] {
  return AVOID_RULES.flatMap((rule) => {
    const found = text.match(rule.pattern);
    return found ? [{ rule, found: found[0] }] : [];
  });
}
