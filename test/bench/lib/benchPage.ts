import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { build } from "vite";
import { repoRoot } from "../../harness/server.ts";

/** A made-up origin bench pages are served on by request interception (no server). */
const ORIGIN = "http://bench-page.localhost";

/**
 * Bundles a page of test/bench/pages/ (which imports the app's own modules) with Vite, as
 * the app is bundled, into memory.
 */
async function bundle(page: string): Promise<Map<string, string | Uint8Array>> {
  const output = await build({
    configFile: false,
    root: repoRoot,
    mode: "production",
    logLevel: "warn",
    publicDir: false,
    // As the app's build: Dexie's ES module build (vite.config.ts).
    resolve: { alias: [{ find: /^dexie$/, replacement: "dexie/dist/dexie.mjs" }] },
    build: {
      write: false,
      target: "es2022",
      modulePreload: false,
      rolldownOptions: {
        input: join(import.meta.dirname, "../pages", `${page}.ts`),
        output: { entryFileNames: "page.js", chunkFileNames: "[name]-[hash].js" },
      },
    },
  });
  const result = Array.isArray(output) ? output[0] : output;
  if (!result || !("output" in result)) throw new Error("vite build gave no output");
  const files = new Map<string, string | Uint8Array>();
  for (const file of result.output) {
    // Assets (a worker's wasm) stay binary.
    files.set(`/${file.fileName}`, file.type === "chunk" ? file.code : file.source);
  }
  files.set(
    "/",
    '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>',
  );
  return files;
}

/**
 * Opens test/bench/pages/<page>.ts in the context's first tab, served by interception,
 * and waits until it has set `window[global]`.
 */
export async function openBenchPage(
  context: BrowserContext,
  page: string,
  global: string,
): Promise<Page> {
  const files = await bundle(page);
  await context.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = files.get(path);
    if (body === undefined) return route.fulfill({ status: 404, body: "not found" });
    const contentType = path.endsWith(".js")
      ? "text/javascript; charset=utf-8"
      : path.endsWith(".wasm")
        ? "application/wasm"
        : "text/html; charset=utf-8";
    return route.fulfill({
      status: 200,
      contentType,
      body: typeof body === "string" ? body : Buffer.from(body),
    });
  });
  const tab = context.pages()[0] ?? (await context.newPage());
  await tab.goto(`${ORIGIN}/`);
  await tab.waitForFunction((name) => name in window, global);
  return tab;
}
