import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { detectLocale, format } from "./i18n.tsx";
import { vi } from "./vi.ts";

describe("i18n", () => {
  it("follows a saved choice, then the device languages, and defaults to Vietnamese", () => {
    expect(detectLocale("en", ["vi-VN"])).toBe("en");
    expect(detectLocale(null, ["fr-FR", "en-US"])).toBe("en");
    expect(detectLocale(null, ["vi"])).toBe("vi");
    expect(detectLocale(null, ["fr-FR", "de"])).toBe("vi");
    expect(detectLocale("xx", [])).toBe("vi");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(format("Xin chào, {name}", { name: "Giang" })).toBe("Xin chào, Giang");
    expect(format("{a} {b}", { a: 1 })).toBe("1 {b}");
  });

  it("has an English text for every key, with the same placeholders", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(en[key], key).toBeTruthy();
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it("writes Vietnamese in NFC, so that search and comparison behave", () => {
    for (const text of Object.values(vi)) expect(text).toBe(text.normalize("NFC"));
  });
});
