import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context.ts";
import { ApiError } from "./errors.ts";

/** The refusal of a NUL byte: PostgreSQL text cannot hold one, so it would fail as a 500. */
export const nulRefused = () =>
  new ApiError(400, "invalid_characters", "the request contains a NUL character");

/** True when a (decoded) string holds a NUL character. */
export const hasNul = (text: string): boolean => text.includes("\u0000");

/** Decodes percent-escapes as the router will; a malformed escape is itself refused. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, " "));
  } catch {
    throw new ApiError(400, "bad_request", "the address has a malformed percent-escape");
  }
}

/**
 * Middleware: refuses with 400 a request whose path or query holds a NUL byte (`%00`),
 * before any route reads a parameter and hands it to the database.
 */
export const rejectNulInUrl: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = new URL(c.req.url);
  if (hasNul(decoded(url.pathname)) || hasNul(decoded(url.search))) throw nulRefused();
  await next();
};

/** Throws `nulRefused()` when any string in a parsed JSON value holds a NUL byte. */
export function assertNoNul(value: unknown): void {
  if (typeof value === "string") {
    if (hasNul(value)) throw nulRefused();
  } else if (Array.isArray(value)) {
    for (const item of value) assertNoNul(item);
  } else if (value && typeof value === "object") {
    // Keys, not entries: no pair array per member of every op of a 500-op push.
    for (const key of Object.keys(value)) {
      if (hasNul(key)) throw nulRefused();
      assertNoNul((value as Record<string, unknown>)[key]);
    }
  }
}

/**
 * Throws `nulRefused()` when `value`, parsed from the JSON text `json`, holds a NUL in any
 * string or key. JSON carries one only escaped (`\u0000`: a raw control character does not
 * parse), so a text without that escape is cleared by one scan instead of a walk over every
 * string of a 500-op push; a text with it (or with an escaped backslash before "u0000")
 * is walked.
 */
export function assertNoNulInJson(json: string, value: unknown): void {
  if (json.includes("\\u0000")) assertNoNul(value);
}
