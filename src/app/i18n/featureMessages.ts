import { format, useI18n } from "./i18n.tsx";

/** A lazily loaded screen's own strings: Vietnamese first, English key for key. */
export interface FeatureMessages<K extends string> {
  vi: Record<K, string>;
  en: Record<K, string>;
}

/**
 * The translator of a feature's own dictionary, following the app's language. Screens
 * that are loaded lazily (materials, search, offline files, content editing) keep their
 * strings beside them, so that the attendee's first screen does not download them.
 */
export function useFeatureMessages<K extends string>(messages: FeatureMessages<K>) {
  const { locale } = useI18n();
  return (key: K, params?: Record<string, string | number>) =>
    format(messages[locale()][key], params);
}
