import { NetworkError } from "../../sync/api.ts";
import {
  PushRefusedError,
  PushRetryableError,
  PushSignedOutError,
} from "../../sync/push/errors.ts";
import type { syncMessages } from "./messages.ts";

type Translate = (
  key: keyof typeof syncMessages.vi,
  params?: Record<string, string | number>,
) => string;

/**
 * The push error in plain words, with what to do: a 401 asks the user to open the invite
 * link again or sign in again, as the pull does; storage full and a lost database connection
 * say that the device retries by itself.
 */
export function syncProblem(t: Translate, error: unknown): string {
  if (error instanceof NetworkError) return t("problemNetwork");
  if (error instanceof PushSignedOutError) return t("problemSignedOut");
  if (error instanceof PushRetryableError)
    return error.status === 429 ? t("problemTooMany") : t("problemBusy");
  if (error instanceof PushRefusedError) return t("problemRefused", { code: error.code });
  const name = error instanceof Error ? error.name : "";
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === "QuotaExceededError" || inner === "QuotaExceededError") return t("problemQuota");
  if (name === "DatabaseClosedError") return t("problemDbClosed");
  return t("problemOther", { name: name || String(error) });
}

const KNOWN_REASONS = [
  "not_allowed",
  "unknown_kind",
  "wrong_event",
  "invalid_payload",
  "invalid_op",
  "id_conflict",
] as const;

/** Why the server refused a parked entry, in plain words. */
export function parkedReason(t: Translate, reason: string | null): string {
  const known = KNOWN_REASONS.find((code) => code === reason);
  return known ? t(`reason.${known}`) : t("reason.other", { reason: reason ?? "?" });
}

/** What an entry is, in plain words, from its kind's prefix. */
export function entryLabel(t: Translate, kind: string): string {
  if (kind.startsWith("checkin.")) return t("kindCheckin");
  if (kind.startsWith("quiz.")) return t("kindQuiz");
  return t("kindOther", { kind });
}
