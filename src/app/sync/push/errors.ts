import { NetworkError } from "../api.ts";

/**
 * A push the server could not take now (5xx, 429, or an answer not from the API): retried
 * with backoff, after `retryAfterMs` at the earliest when the server said so.
 */
export class PushRetryableError extends Error {
  override name = "PushRetryableError";
  constructor(
    readonly status: number,
    readonly retryAfterMs: number | null,
  ) {
    super(`HTTP ${status}`);
  }
}

/** The push never got an answer, or the server could not take it now: try again later. */
export const isTransientPushError = (error: unknown): boolean =>
  error instanceof NetworkError || error instanceof PushRetryableError;

/** The wait the server asked for (Retry-After) with a retryable error, else null. */
export const retryAfterOf = (error: unknown): number | null =>
  error instanceof PushRetryableError ? error.retryAfterMs : null;

/** The device is not signed in for the event any more (401): pushing stops until it is. */
export class PushSignedOutError extends Error {
  override name = "PushSignedOutError";
  constructor(readonly status = 401) {
    super("signed out");
  }
}

/**
 * The server refused the whole request (another 4xx: 403, 404, 413, 400…). Retried only
 * slowly: no resend can fix it, yet a later server version or a new sign-in might.
 */
export class PushRefusedError extends Error {
  override name = "PushRefusedError";
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`HTTP ${status} ${code}`);
  }
}
