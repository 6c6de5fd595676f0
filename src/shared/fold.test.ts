import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldVietnamese } from "./fold.ts";

describe("foldVietnamese", () => {
  it.each([
    ["hội nhập", "hoi nhap"],
    ["Nghị quyết 22", "nghi quyet 22"],
    ["Đảng", "dang"],
    ["ĐẢNG", "dang"],
    ["đối ngoại", "doi ngoai"],
    ["Thừa Thiên Huế", "thua thien hue"],
    ["Quảng Ngãi", "quang ngai"],
    ["ỨNG DỤNG", "ung dung"],
    ["Kết luận 98-KL/TW", "ket luan 98-kl/tw"],
    ["ưởng ỡ ặ ỷ", "uong o a y"],
  ])("%s → %s", (input, expected) => {
    expect(foldVietnamese(input)).toBe(expected);
  });

  it("folds decomposed (NFD) input like precomposed input", () => {
    const nfd = "Nghị quyết hội nhập Đảng".normalize("NFD");
    expect(foldVietnamese(nfd)).toBe("nghi quyet hoi nhap dang");
  });

  it("treats a query typed without diacritics and the original text alike", () => {
    expect(foldVietnamese("DANG")).toBe(foldVietnamese("Đảng"));
    expect(foldVietnamese("hoi nhap")).toBe(foldVietnamese("hội nhập"));
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const once = foldVietnamese(s);
        expect(foldVietnamese(once)).toBe(once);
      }),
    );
  });
});
