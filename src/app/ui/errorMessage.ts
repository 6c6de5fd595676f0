import type { I18n } from "../i18n/i18n.tsx";
import { type MessageKey, vi } from "../i18n/vi.ts";
import { ApiRequestError, NetworkError } from "../sync/api.ts";

/**
 * The user-facing sentence for an error, in the current language: the translation of the
 * API's error code when the dictionary has one (`error.<code>`), else a generic sentence.
 */
export function errorMessage(t: I18n["t"], error: unknown): string {
  if (error instanceof NetworkError) return t("error.network");
  if (error instanceof ApiRequestError) {
    const key = `error.${error.code}`;
    if (key in vi) return t(key as MessageKey);
  }
  return t("error.generic");
}
