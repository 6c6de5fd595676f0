import { describe, expect, it } from "vitest";
import { AVOID_RULES, glossaryBreaches } from "./glossaryAvoid.ts";

/**
 * Issue 13: every Vietnamese dictionary follows the glossary. The dictionaries are found by
 * file name, so a feature's new messages.ts (staff ones included) is checked without
 * anyone adding it here.
 */
const appDictionaries = import.meta.glob<Record<string, unknown>>(["./vi.ts", "./*.vi.ts"], {
  eager: true,
});
const featureDictionaries = import.meta.glob<Record<string, unknown>>(
  "../features/**/messages.ts",
  { eager: true },
);

/** Every Vietnamese string, as "file › key". */
function vietnameseStrings(): Map<string, string> {
  const strings = new Map<string, string>();
  const add = (where: string, dictionary: unknown) => {
    for (const [key, value] of Object.entries(dictionary as Record<string, unknown>)) {
      if (typeof value === "string") strings.set(`${where} › ${key}`, value);
    }
  };
  for (const [file, module] of Object.entries(appDictionaries)) {
    for (const [name, value] of Object.entries(module)) add(`${file} ${name}`, value);
  }
  for (const [file, module] of Object.entries(featureDictionaries)) {
    for (const [name, value] of Object.entries(module)) {
      // A FeatureMessages export: its `vi` block only (English may say "offline").
      const vi = (value as { vi?: unknown } | null)?.vi;
      if (vi && typeof vi === "object") add(`${file} ${name}.vi`, vi);
    }
  }
  return strings;
}

describe("the Vietnamese dictionaries follow the glossary", () => {
  const strings = vietnameseStrings();

  it("finds the app's, the staff's and every feature's dictionary", () => {
    const files = new Set([...strings.keys()].map((k) => k.split(" ")[0]));
    expect(files).toContain("./vi.ts");
    expect(files).toContain("./staff.vi.ts");
    expect(files).toContain("../features/offline/messages.ts");
    expect(files).toContain("../features/materials/messages.ts");
    expect(files).toContain("../features/content/messages.ts");
    expect(strings.size).toBeGreaterThan(200);
  });

  it("uses none of the words the glossary says to avoid", () => {
    const breaches = [...strings].flatMap(([where, text]) =>
      glossaryBreaches(text).map(
        ({ rule, found }) => `${where}: “${found}” — use “${rule.use}” (in: ${text})`,
      ),
    );
    expect(breaches).toEqual([]);
  });
});

describe("the avoid rules catch what the glossary means, and only that", () => {
  const broken = (text: string) => glossaryBreaches(text).map(({ rule }) => rule.avoid);

  it.each([
    ["Tài liệu có sẵn offline", "offline"],
    ["Chế độ ngoại tuyến", "ngoại tuyến"],
    ["Danh sách người tham dự", "người tham dự"],
    ["Giảng viên trình bày", "giảng viên"],
    ["Liên hệ ban tổ chức", "ban tổ chức (not capitalised)"],
    ["Sự kiện đã kết thúc", "sự kiện"],
    ["Buổi sáng", "buổi"],
    ["Tải file lên", "file"],
    ["Gửi link mời", "link (without “đường”)"],
    ["Vé vào cửa của tôi", "vé vào cửa"],
    ["Máy soát vé", "soát vé"],
    ["In thẻ đeo", "thẻ đeo"],
    ["Bấm vào đây", "bấm"],
    ["Hãy thử lại.", "Hãy …"],
    ["Xin liên hệ", "xin"],
    ["Nhờ Ban Tổ chức", "nhờ"],
    ["Kính mời ông Nguyễn Văn A", "Kính mời (without “đồng chí:”)"],
    ["Thứ Sáu, 26 tháng 6, 2015", "26 tháng 6 (date)"],
    ["ngày 26/6/15", "26/6/15 (two-digit year)"],
  ])("“%s” breaks “%s”", (text, rule) => {
    expect(broken(text)).toContain(rule);
  });

  it.each([
    "Tài liệu đã có trên máy, đọc được khi không có mạng.",
    "Vui lòng mở đường link mời mà Ban Tổ chức đã gửi.",
    "Kính mời đồng chí: Nguyễn Văn A",
    "08:30 ngày 26/06/2015",
    "Thứ Sáu, ngày 26/06/2015",
    "Tệp PDF đã tải lên",
    "Phân loại hồ sơ",
  ])("“%s” is fine", (text) => {
    expect(broken(text)).toEqual([]);
  });

  it("every rule is tried above", () => {
    expect(AVOID_RULES.length).toBeGreaterThanOrEqual(19);
  });
});
