import type { Context, MiddlewareHandler } from "hono";
import { isTls } from "../auth/proxy.ts";
import type { AppEnv } from "./context.ts";
import { ApiError } from "./errors.ts";

/** Methods that change nothing; every other method must come from the app's own pages. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The origins the app's own pages have: the one the request was addressed to (its Host,
 * with https when it came over TLS) and PUBLIC_URL's (the address behind a proxy).
 */
export function ownOrigins(c: Context<AppEnv>): Set<string> {
  const origins = new Set<string>();
  const host = c.req.header("host");
  if (host) origins.add(`${isTls(c) ? "https" : "http"}://${host.toLowerCase()}`);
  try {
    origins.add(new URL(c.var.config.publicUrl).origin);
  } catch {
    // A malformed PUBLIC_URL is refused by env.ts; tests may leave it empty.
  }
  return origins;
}

/**
 * Why a state-changing request is refused as cross-origin, or null when it may proceed.
 *
 * - `Sec-Fetch-Site` (sent by every current browser, computed by the browser, not by the
 *   page): only `same-origin` passes; `same-site` (another port of this host) and
 *   `cross-site` are refused.
 * - Otherwise `Origin` (sent by every browser on a cross-origin POST, and on same-origin
 *   ones too): it must be one of `ownOrigins`; `null` (sandboxed frames, file:) is refused.
 * - Neither header: not a browser (curl, the CLI over its socket, server tests), which no
 *   other site can make send a cookie; allowed.
 */
export function crossOriginReason(c: Context<AppEnv>): string | null {
  const site = c.req.header("sec-fetch-site");
  if (site !== undefined) {
    return site === "same-origin" ? null : `Sec-Fetch-Site: ${site}`;
  }
  const origin = c.req.header("origin");
  if (origin === undefined) return null;
  return ownOrigins(c).has(origin.toLowerCase()) ? null : `Origin: ${origin}`;
}

/**
 * Middleware: refuses with 403 "cross_origin" a state-changing request another site's page
 * made (cross-site request forgery), before any route reads its body.
 */
export const sameOriginOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const reason = crossOriginReason(c);
    if (reason) {
      throw new ApiError(403, "cross_origin", `refused a request from another site (${reason})`);
    }
  }
  await next();
};
