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
