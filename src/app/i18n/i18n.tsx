import { createContext, createSignal, type JSX, useContext } from "solid-js";
import { en } from "./en.ts";
import { type Dictionary, type MessageKey, vi } from "./vi.ts";

export type Locale = "vi" | "en";
export const locales: Locale[] = ["vi", "en"];
const dictionaries: Record<Locale, Dictionary> = { vi, en };
const STORAGE_KEY = "th.locale";

/** The saved choice, else the device language; Vietnamese unless the device asks for English. */
export function detectLocale(saved: string | null, languages: readonly string[]): Locale {
  if (saved === "vi" || saved === "en") return saved;
  for (const language of languages) {
    const base = language.toLowerCase().split("-")[0];
    if (base === "vi" || base === "en") return base;
  }
  return "vi";
}

/** Replaces `{name}` placeholders with values. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export interface I18n {
  locale: () => Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /** BCP 47 tag for Intl formatting. */
  intlLocale: () => string;
}

/** Creates the reactive translator; the choice is kept in localStorage and on <html lang>. */
export function createI18n(): I18n {
  const [locale, setLocaleSignal] = createSignal(
    detectLocale(localStorage.getItem(STORAGE_KEY), navigator.languages ?? [navigator.language]),
  );
  document.documentElement.lang = locale();
  return {
    locale,
    setLocale(next) {
      localStorage.setItem(STORAGE_KEY, next);
      document.documentElement.lang = next;
      setLocaleSignal(next);
    },
    t: (key, params) => format(dictionaries[locale()][key], params),
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
