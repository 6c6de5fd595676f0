import { gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { acceptsGzip, gzipJson } from "./gzipJson.ts";

describe("acceptsGzip", () => {
  it("reads Accept-Encoding as browsers and proxies write it", () => {
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("GZIP")).toBe(true);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip("")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("br, deflate")).toBe(false);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
    expect(acceptsGzip("*;q=0")).toBe(false);
  });
});

describe("gzipJson", () => {
  const app = new Hono();
  app.get("/:n", (c) =>
    gzipJson(c, { items: Array.from({ length: Number(c.req.param("n")) }, (_, i) => `op-${i}`) }),
  );

  it("sends a small answer plain and a large one gzipped, when the client accepts it", async () => {
    const small = await app.request("/3", { headers: { "accept-encoding": "gzip" } });
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(await small.json()).toEqual({ items: ["op-0", "op-1", "op-2"] });

    const large = await app.request("/1000", { headers: { "accept-encoding": "gzip" } });
    expect(large.headers.get("content-encoding")).toBe("gzip");
    expect(large.headers.get("cache-control")).toBe("no-store, no-transform");
    const bytes = Buffer.from(await large.arrayBuffer());
    expect(Number(large.headers.get("content-length"))).toBe(bytes.length);
    expect(JSON.parse(gunzipSync(bytes).toString()).items).toHaveLength(1000);

    const refused = await app.request("/1000", { headers: { "accept-encoding": "identity" } });
    expect(refused.headers.get("content-encoding")).toBeNull();
    expect(((await refused.json()) as { items: string[] }).items).toHaveLength(1000);
  });
});
