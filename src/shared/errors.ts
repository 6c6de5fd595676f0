/**
 * Error codes the API answers with, as `{ error: { code, message } }`. The message is
 * English for logs and API users; the app shows its own translation of the code.
 */
export const errorCodes = [
  "bad_request",
  "unsupported_media_type",
  "invalid_json",
  "validation_failed",
  "unauthenticated",
  "forbidden",
  "not_found",
  "invite_malformed",
  "invite_expired",
  "invite_revoked",
  "invalid_credentials",
  "rate_limited",
  "internal",
  // Issue 4: people and access.
  "wrong_password",
  "same_password",
  "payload_too_large",
  "not_a_roster",
  "roster_xls",
  "roster_no_header",
  "roster_changed",
  "device_limit",
  "no_ticket",
  // Issue 3: content editing and material files.
  "conflict",
  "slug_taken",
  "file_too_large",
  "file_type_unsupported",
  // The device asked for changes since a version the server never reached (restored database).
  "version_ahead",
  // Issue 12: hardening.
  "invalid_characters",
  "number_out_of_range",
  "cross_origin",
  "plan_hash_required",
  "roster_too_many_rows",
  "roster_too_large",
  "login_busy",
  "event_not_published",
  // Issue 9: sync push. A gzip body that does not expand; the database briefly unavailable
  // (503 with Retry-After: send the same batch again).
  "invalid_gzip",
  "unavailable",
  // Issue 11: quizzes.
  "quiz_has_answers",
  "quiz_already_paired",
  "not_a_quiz_template",
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string };
}

/** True when a parsed response body has the API's error shape. */
export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== "object" || body === null || !("error" in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === "object" && error !== null && "code" in error;
}
