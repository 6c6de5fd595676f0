import type { I18n } from "../../i18n/i18n.tsx";
import { ApiRequestError } from "../../sync/api.ts";
import { errorMessage } from "../../ui/errorMessage.ts";

const status = (error: unknown) => (error instanceof ApiRequestError ? error.status : null);

/**
 * "Không cập nhật được: …" with the reason in the current language. A 401 means the
 * device's sign-in is gone (session expired, invite revoked): only the invite link helps.
 */
export function pullFailureMessage(t: I18n["t"], error: unknown): string {
  const reason = status(error) === 401 ? t("agenda.reopenInvite") : errorMessage(t, error);
  return t("agenda.syncFailed", { reason });
}

/**
 * Why an event the device does not hold cannot be shown: the server's answer to its pull.
 * A 401 here means the device was never signed in for it: the invite link is the way in.
 */
export function missingEventMessage(t: I18n["t"], error: unknown): string {
  if (status(error) === 404) return t("agenda.eventNotFound");
  if (status(error) === 401) return t("agenda.notOnDevice");
  return pullFailureMessage(t, error);
}
