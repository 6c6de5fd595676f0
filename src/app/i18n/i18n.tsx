import { createContext, createSignal, type JSX, useContext } from "solid-js";
import { format } from "./format.ts";

export { format };

import type { StaffDictionary, StaffMessageKey } from "./staff.vi.ts";
import { type Dictionary, type MessageKey, vi } from "./vi.ts";

export type Locale = "vi" | "en";
export const locales: Locale[] = ["vi", "en"];
const STORAGE_KEY = "th.locale";

// Vietnamese ships with the first screen; English is a separate chunk, fetched (from the
// service worker's precache when offline) only by devices that use it.
const loaded: Partial<Record<Locale, Dictionary>> = { vi };
// Staff screens' strings, loaded with those screens (see App.tsx).
const loadedStaff: Partial<Record<Locale, StaffDictionary>> = {};
let staffScreensUsed = false;

/** Makes a language's dictionaries available; resolves once `t()` can use them. */
export async function loadDictionary(locale: Locale): Promise<void> {
  if (!loaded[locale]) loaded[locale] = (await import("./en.ts")).en;
  if (staffScreensUsed && !loadedStaff[locale]) {
    loadedStaff[locale] =
      locale === "vi"
        ? (await import("./staff.vi.ts")).staffVi
        : (await import("./staff.en.ts")).staffEn;
  }
}

/** Loads the staff screens' strings in the current language (and later ones on switch). */
export function loadStaffDictionary(): Promise<void> {
  staffScreensUsed = true;
  return loadDictionary(initialLocale());
}

/** The language this device should start in. */
export function initialLocale(): Locale {
  return detectLocale(
    localStorage.getItem(STORAGE_KEY),
    navigator.languages ?? [navigator.language],
  );
}

/** The saved choice, else the device language; Vietnamese unless the device asks for English. */
export function detectLocale(saved: string | null, languages: readonly string[]): Locale {
  if (saved === "vi" || saved === "en") return saved;
  for (const language of languages) {
    const base = language.toLowerCase().split("-")[0];
    if (base === "vi" || base === "en") return base;
  }
  return "vi";
}

export interface I18n {
  locale: () => Locale;
  setLocale: (locale: Locale) => void;
  /** Staff keys translate once loadStaffDictionary() has resolved. */
  t: (key: MessageKey | StaffMessageKey, params?: Record<string, string | number>) => string;
  /** BCP 47 tag for Intl formatting. */
  intlLocale: () => string;
}

/**
 * Creates the reactive translator; the choice is kept in localStorage and on <html lang>.
 * Call `loadDictionary(initialLocale())` first (main.tsx does) to avoid a flash of Vietnamese.
 */
export function createI18n(): I18n {
  const [locale, setLocaleSignal] = createSignal(initialLocale());
  document.documentElement.lang = locale();
  return {
    locale,
    setLocale(next) {
      localStorage.setItem(STORAGE_KEY, next);
      void loadDictionary(next).then(() => {
        document.documentElement.lang = next;
        setLocaleSignal(next);
      });
    },
    t: (key, params) => {
      const text =
        (loaded[locale()] as Record<string, string> | undefined)?.[key] ??
        (loadedStaff[locale()] as Record<string, string> | undefined)?.[key] ??
        key;
      return format(text, params);
    },
    intlLocale: () => (locale() === "vi" ? "vi-VN" : "en-GB"),
  };
}

const I18nContext = createContext<I18n>();

export function I18nProvider(props: { value: I18n; children: JSX.Element }) {
  return <I18nContext.Provider value={props.value}>{props.children}</I18nContext.Provider>;
}

/** The translator of the nearest I18nProvider. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error("useI18n must be used inside <I18nProvider>");
  return i18n;
}
