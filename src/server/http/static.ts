import { existsSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono } from "hono";
import type { AppEnv } from "./context.ts";

/** Files whose name carries no content hash: browsers must revalidate them every time. */
const REVALIDATE = new Set([
  "/",
  "/index.html",
  "/sw.js",
  "/manifest.webmanifest",
  "/registerSW.js",
]);

function cacheControl(path: string): string {
  if (path.startsWith("/assets/")) return "public, max-age=31536000, immutable";
  if (REVALIDATE.has(path)) return "no-cache";
  return "public, max-age=3600";
}

/**
 * Serves the built PWA from `distDir` with cache headers suited to each file, and
 * `index.html` for any other GET, so that deep links work (the app routes on the client).
 */
export function staticRoutes(distDir: string) {
  const app = new Hono<AppEnv>();
  if (!existsSync(join(distDir, "index.html"))) return app;
  app.use(
    "*",
    serveStatic({
      root: distDir,
      onFound: (_path, c) => {
        c.header("Cache-Control", cacheControl(new URL(c.req.url).pathname));
      },
    }),
  );
  app.get(
    "*",
    serveStatic({
      root: distDir,
      rewriteRequestPath: () => "/index.html",
      onFound: (_path, c) => {
        c.header("Cache-Control", "no-cache");
      },
    }),
  );
  return app;
}
