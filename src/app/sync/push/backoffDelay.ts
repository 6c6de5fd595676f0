/** First retry waits up to this long… */
export const BACKOFF_BASE_MS = 1_000;
/** …and no retry waits longer than this. */
export const BACKOFF_CAP_MS = 60_000;

/**
 * Exponential backoff with full jitter: a delay drawn uniformly in [0, min(cap, base·2^n))
 * for the n-th consecutive failure (n from 0), so that a hall of phones coming back at once
 * spreads its retries. A `Retry-After` the server gave wins when it asks for longer.
 */
export function backoffDelay(
  failures: number,
  random: () => number = Math.random,
  retryAfterMs: number | null = null,
): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(failures, 30));
  const jittered = Math.floor(random() * ceiling);
  return retryAfterMs === null
    ? jittered
    : Math.max(jittered, Math.min(retryAfterMs, BACKOFF_CAP_MS * 5));
}
