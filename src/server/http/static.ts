import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import { etag } from "hono/etag";
import { shellPolicy } from "./contentSecurity.ts";
import type { AppEnv } from "./context.ts";

/** Files whose name carries no content hash: browsers must revalidate them every time. */
const REVALIDATE = new Set(["/sw.js", "/manifest.webmanifest"]);

/** Cache policy of a served file: hashed assets forever, the app shell never unchecked. */
export function cacheControl(path: string, contentType: string): string {
  if (path.startsWith("/assets/")) return "public, max-age=31536000, immutable";
  // A 304 carries no content type: a page path is the shell all the same.
  if (REVALIDATE.has(path) || isPagePath(path) || contentType.startsWith("text/html")) {
    return "no-cache";
  }
  return "public, max-age=3600";
}

/**
 * A page the client-side router shows (`/e/demo`, `/i/<token>`), as opposed to a file:
 * a missing file must be a 404, never the app shell, or a missing hashed chunk would be
 * answered with HTML and cached as immutable for a year.
 */
export function isPagePath(path: string): boolean {
  if (path.startsWith("/assets/")) return false;
  const last = path.slice(path.lastIndexOf("/") + 1);
  return !last.includes(".");
}

/**
 * Serves the built PWA from `distDir` with cache headers suited to each file, and
 * `index.html` for other page paths, so that deep links work (the app routes on the client).
 */
export function staticRoutes(distDir: string) {
  const app = new Hono<AppEnv>();
  if (!existsSync(join(distDir, "index.html"))) return app;
  // Read once at start-up: the file served is the file hashed (issue 12).
  const csp = shellPolicy(readFileSync(join(distDir, "index.html"), "utf8"));
  app.use(async (c, next) => {
    await next();
    const type = c.res.headers.get("content-type") ?? "";
    if (c.res.status === 200 || c.res.status === 304) {
      c.res.headers.set("Cache-Control", cacheControl(new URL(c.req.url).pathname, type));
    }
    if (type.startsWith("text/html")) c.res.headers.set("Content-Security-Policy", csp);
  });
  // The unhashed files are revalidated on every visit and every update check of the service
  // worker (sw.js carries the push code and Dexie, ~40 KB gzip): an ETag answers 304 instead.
  const revalidated = etag();
  app.use((c, next) =>
    REVALIDATE.has(c.req.path) || isPagePath(c.req.path) ? revalidated(c, next) : next(),
  );
  app.use(serveStatic({ root: distDir }));
  const shell = serveStatic<AppEnv>({ root: distDir, rewriteRequestPath: () => "/index.html" });
  app.get("*", async (c, next) => {
    if (isPagePath(c.req.path)) return shell(c, next);
    return c.text("not found", 404, { "Cache-Control": "no-store" });
  });
  return app;
}
