import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldVietnamese, foldWithSource } from "./fold.ts";

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

describe("foldWithSource", () => {
  it("maps every folded character back into the original", () => {
    const text = "Quán triệt Nghị quyết số 22";
    const { folded, source } = foldWithSource(text);
    expect(folded).toBe("quan triet nghi quyet so 22");
    const at = folded.indexOf("quyet");
    expect(text.slice(source[at], source[at + "quyet".length])).toBe("quyết");
    expect(source).toHaveLength(folded.length + 1);
  });

  it("keeps the mapping monotonic and in range for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const { folded, source } = foldWithSource(text);
        expect(folded).toBe(foldVietnamese(text));
        for (let i = 1; i < source.length; i++) {
          expect(source[i]!).toBeGreaterThanOrEqual(source[i - 1]!);
          expect(source[i]!).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });
});
