import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { engines, openTestApp } from "../testing/testStore.ts";

describe.each(engines)("health and error handling on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    t = await openTestApp(engine);
  });
  afterAll(() => t.store.close());

  it("GET /api/health names the engine and version", async () => {
    const response = await t.app.request("/api/health");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, db: engine, version: "test" });
  });

  it("an unknown API route is a JSON 404", async () => {
    const response = await t.app.request("/api/nothing-here");
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: "not_found" } });
  });

  it("answers a database failure with a JSON 500 and no stack trace", async () => {
    const broken = await openTestApp(engine);
    await broken.store.close();
    // The operator's log gets the cause (captured here, so the run's output stays clean);
    // the client gets none of it.
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await broken.app.request("/api/health");
    const logged = spy.mock.calls.map((call) => String(call[0]));
    spy.mockRestore();
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(
      /^GET \/api\/health: .*(PGlite is closed|Cannot use a pool after calling end)/s,
    );
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "internal", message: "internal server error" },
    });
    expect(text).not.toMatch(/at \w+ \(|\.ts:\d+/);
  });
});
