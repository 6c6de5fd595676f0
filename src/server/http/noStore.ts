import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "./context.ts";

/**
 * Middleware: `Cache-Control: no-store` on every API answer that does not set its own
 * policy. Most answers carry personal data (who is signed in, rosters, tickets, packs with
 * the attendee's name) and must stay out of shared and disk caches; the few cacheable
 * ones (material files) say so themselves.
 */
export const noStoreByDefault: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (!c.res.headers.has("cache-control")) c.res.headers.set("Cache-Control", "no-store");
};
