import type { I18n } from "../i18n/i18n.tsx";
import type { MessageKey } from "../i18n/vi.ts";
import { ApiRequestError, NetworkError } from "../sync/api.ts";

/** The user-facing sentence for an error, in the current language. */
export function errorMessage(t: I18n["t"], error: unknown): string {
  if (error instanceof NetworkError) return t("error.network");
  if (error instanceof ApiRequestError) {
    const key = `error.${error.code}` as MessageKey;
    return key in messagesWithCodes ? t(key) : t("error.generic");
  }
  return t("error.generic");
}

const messagesWithCodes: Partial<Record<MessageKey, true>> = {
  "error.invite_malformed": true,
  "error.invite_expired": true,
  "error.invite_revoked": true,
  "error.not_found": true,
  "error.unauthenticated": true,
  "error.forbidden": true,
  "error.rate_limited": true,
};
