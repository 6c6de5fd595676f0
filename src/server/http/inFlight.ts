import type { MiddlewareHandler } from "hono";

/** API requests this process is serving now (every app of the process: one in production). */
let serving = 0;

/**
 * Middleware: counts the API requests being served. A streamed answer (the change feed)
 * counts until its Response is made, not while it streams.
 */
export const countServed: MiddlewareHandler = async (_c, next) => {
  serving++;
  try {
    await next();
  } finally {
    serving--;
  }
};

/** True while a request other than the caller's is being served. */
export const othersServed = (): boolean => serving > 1;
