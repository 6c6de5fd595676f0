import { For } from "solid-js";
import { type Locale, locales, useI18n } from "../i18n/i18n.tsx";

/** Switches the UI language; the choice is remembered on the device. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label class="language">
      <span class="visually-hidden">{t("app.language")}</span>
      <select value={locale()} onChange={(e) => setLocale(e.currentTarget.value as Locale)}>
        <For each={locales}>{(l) => <option value={l}>{t(`app.languageName.${l}`)}</option>}</For>
      </select>
    </label>
  );
}
