import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import type { Store } from "../store/db.ts";
import { openTestStore, testConfig } from "../testing/testStore.ts";

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

  it("answers deep links with the app shell but unknown API paths with JSON", async () => {
    const deep = await app.request("/e/demo");
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain("<title>app</title>");
    const api = await app.request("/api/unknown");
    expect(api.status).toBe(404);
    expect(api.headers.get("content-type")).toMatch(/json/);
  });
});
