/**
 * SQLSTATE classes and codes that say "try again later" rather than "this op is wrong":
 * connection exceptions (08), transaction rollbacks such as serialization failures and
 * deadlocks (40), insufficient resources (53), operator intervention such as a shutdown
 * (57), system errors (58) and a lock not available (55P03).
 */
const TRANSIENT_CLASSES = new Set(["08", "40", "53", "57", "58"]);
const TRANSIENT_CODES = new Set(["55P03"]);
/** Node socket errors of a lost or refused database connection. */
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND"]);

/**
 * True when a database error (or an error wrapping one, as Drizzle's DrizzleQueryError
 * does through `cause`) is transient: the push answers 503 with Retry-After and writes
 * nothing, and the device sends the same batch again later.
 */
export function isTransientDbError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (typeof e !== "object") return false;
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string") {
      if (NETWORK_CODES.has(code) || TRANSIENT_CODES.has(code)) return true;
      if (/^[0-9A-Z]{5}$/.test(code) && TRANSIENT_CLASSES.has(code.slice(0, 2))) return true;
    }
    // node-postgres reports a connection lost mid-query without a code.
    if (typeof message === "string" && /Connection terminated|connection.*closed/i.test(message)) {
      return true;
    }
    e = cause;
  }
  return false;
}
