import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import type { Store } from "../store/db.ts";
import { openTestStore, testConfig } from "../testing/testStore.ts";
import { isPagePath } from "./static.ts";

describe("serving the PWA", () => {
  let store: Store;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const dist = mkdtempSync(join(tmpdir(), "th-dist-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(dist, "sw.js"), "self.x=1");
    writeFileSync(join(dist, "manifest.webmanifest"), "{}");
    writeFileSync(join(dist, "assets", "index-abc123.js"), "console.log(1)");
    store = await openTestStore("pglite");
    app = createApp(store, { ...testConfig, distDir: dist });
  });
  afterAll(() => store.close());

  it("caches hashed assets for a year and revalidates the shell", async () => {
    const cases: [string, RegExp][] = [
      ["/assets/index-abc123.js", /immutable/],
      ["/index.html", /^no-cache$/],
      ["/sw.js", /^no-cache$/],
      ["/manifest.webmanifest", /^no-cache$/],
      ["/", /^no-cache$/],
    ];
    for (const [path, cache] of cases) {
      const response = await app.request(path);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect({ path, cache: response.headers.get("cache-control") }).toEqual({
        path,
        cache: expect.stringMatching(cache),
      });
    }
  });

  it("answers a revalidation of an unchanged shell, sw.js or manifest with 304", async () => {
    for (const path of ["/sw.js", "/manifest.webmanifest", "/", "/e/demo"]) {
      const first = await app.request(path);
      const tag = first.headers.get("etag");
      expect({ path, tag }).toEqual({ path, tag: expect.stringMatching(/^"[0-9a-f]+"$/) });
      const again = await app.request(path, { headers: { "If-None-Match": tag! } });
      expect({ path, status: again.status, body: await again.text() }).toEqual({
        path,
        status: 304,
        body: "",
      });
      expect(again.headers.get("cache-control")).toBe("no-cache");
      const stale = await app.request(path, { headers: { "If-None-Match": '"0"' } });
      expect({ path, status: stale.status }).toEqual({ path, status: 200 });
    }
  });

  it("answers deep links with the app shell but unknown API paths with JSON", async () => {
    const deep = await app.request("/e/demo");
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain("<title>app</title>");
    const api = await app.request("/api/unknown");
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toMatch(/json/);
  });

  it("answers a missing file with 404, never with the app shell cached for a year", async () => {
    for (const path of ["/assets/index-gone99.js", "/assets/chunk", "/icon-missing.png"]) {
      const response = await app.request(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(await response.text()).not.toContain("<title>app</title>");
      expect(response.headers.get("cache-control")).not.toMatch(/immutable|max-age/);
    }
  });

  it("tells page paths from file paths", () => {
    expect(["/", "/e/demo", "/i/abc_-DEF", "/staff/events/demo/"].map(isPagePath)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["/assets/x", "/favicon.ico", "/e/demo/logo.svg"].map(isPagePath)).toEqual([
      false,
      false,
      false,
    ]);
  });
});
