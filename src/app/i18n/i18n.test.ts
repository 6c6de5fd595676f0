import { createRoot } from "solid-js";
import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import type { FeatureMessages } from "./featureMessages.ts";
import { createI18n, detectLocale, format, loadDictionary, loadStaffDictionary } from "./i18n.tsx";
import { staffEn } from "./staff.en.ts";
import { staffVi } from "./staff.vi.ts";
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

  // Every dictionary of a lazily loaded screen, found by file name so none is forgotten.
  const modules = import.meta.glob<Record<string, FeatureMessages<string>>>(
    "../features/*/messages.ts",
    { eager: true },
  );
  const features = Object.fromEntries(
    Object.entries(modules).flatMap(([path, exports]) =>
      Object.entries(exports).map(([name, m]) => [`${path} ${name}`, m]),
    ),
  );

  it("finds the screens' own dictionaries", () => {
    expect(Object.keys(features).length).toBeGreaterThanOrEqual(4);
    for (const [name, m] of Object.entries(features)) {
      expect(Object.keys(m).sort(), name).toEqual(["en", "vi"]);
    }
  });

  it.each([
    ["attendee", vi, en],
    ["staff", staffVi, staffEn],
    ...Object.entries(features).map(([name, m]) => [name, m.vi, m.en]),
  ] as [string, Record<string, string>, Record<string, string>][])(
    "has an English text for every %s key, with the same placeholders",
    (_, source, english) => {
      const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of Object.keys(source)) {
        expect(english[key], key).toBeTruthy();
        expect(placeholders(english[key]!), key).toEqual(placeholders(source[key]!));
      }
      expect(Object.keys(english).sort()).toEqual(Object.keys(source).sort());
    },
  );

  it("keeps the attendee and staff dictionaries apart", () => {
    const shared = Object.keys(staffVi).filter((key) => key in vi);
    expect(shared).toEqual([]);
  });

  it("translates staff keys once the staff strings are loaded, in the chosen language", async () => {
    localStorage.setItem("th.locale", "en");
    await loadDictionary("en");
    const i18n = createRoot(() => createI18n());
    expect(i18n.t("staff.login.submit")).toBe("staff.login.submit");
    await loadStaffDictionary();
    expect(i18n.t("staff.login.submit")).toBe(staffEn["staff.login.submit"]);
    expect(i18n.t("status.online")).toBe(en["status.online"]);
    localStorage.removeItem("th.locale");
  });

  it("writes Vietnamese in NFC, so that search and comparison behave", () => {
    const featureTexts = Object.values(features).flatMap((m) => Object.values(m.vi));
    for (const text of [...Object.values(vi), ...Object.values(staffVi), ...featureTexts]) {
      expect(text).toBe(text.normalize("NFC"));
    }
  });
});
