/**
 * A `Retry-After` header in milliseconds from `now`: delay-seconds or an HTTP date.
 * Null when absent or unreadable (the backoff alone decides then).
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null || header.trim() === "") return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - now) : null;
}
