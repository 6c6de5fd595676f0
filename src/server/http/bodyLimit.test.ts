import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaffUser } from "../admin/users.ts";
import { MAX_ROSTER_BYTES } from "../roster/read.ts";
import { events } from "../store/schema.ts";
import { engines, loginCookie, openTestApp } from "../testing/testStore.ts";
import { MAX_JSON_BYTES } from "./bodyLimit.ts";

const CHUNK = 64 * 1024;

/**
 * A body of `size` bytes (endless with Infinity) sent in chunks without a Content-Length,
 * as a chunked upload is; `sent()` tells how much the server pulled.
 */
function streamed(size: number) {
  const chunk = new Uint8Array(CHUNK).fill(0x20);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      const n = Math.min(size - sent, CHUNK);
      sent += n;
      controller.enqueue(chunk.subarray(0, n));
    },
  });
  return { init: { body, duplex: "half" } as RequestInit, sent: () => sent };
}

const post = (init: RequestInit, type: string, cookie = ""): RequestInit => ({
  method: "POST",
  ...init,
  headers: { "content-type": type, ...(cookie ? { cookie } : {}) },
});

describe.each(engines)("request body limits on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let cookie: string;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await createStaffUser(t.store.db, {
      username: "boss",
      password: "mat-khau-boss",
      role: "admin",
    });
    cookie = await loginCookie(t.app, "boss", "mat-khau-boss");
    await t.store.db.insert(events).values({
      id: crypto.randomUUID(),
      slug: "demo",
      title: "Hội nghị",
      startsOn: "2025-06-26",
      endsOn: "2025-06-26",
    });
  });
  afterAll(() => t.store.close());

  const expect413 = async (response: Response) => {
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "payload_too_large" } });
  };

  it("refuses an anonymous JSON body over the limit, declared or streamed", async () => {
    const json = `{"username":"a","password":"${"x".repeat(MAX_JSON_BYTES)}"}`;
    await expect413(
      await t.app.request("/api/auth/login", post({ body: json }, "application/json")),
    );
    const endless = streamed(Number.POSITIVE_INFINITY);
    await expect413(
      await t.app.request("/api/invites/redeem", post(endless.init, "application/json")),
    );
    expect(endless.sent()).toBeLessThanOrEqual(MAX_JSON_BYTES + CHUNK * 2);
  });

  it("still reads a JSON body within the limit", async () => {
    const json = `{"token":"${"x".repeat(MAX_JSON_BYTES - 100)}"}`;
    const big = await t.app.request(
      "/api/invites/redeem",
      post({ body: json }, "application/json"),
    );
    expect(big.status).toBe(400);
    expect(await big.json()).toMatchObject({ error: { code: "validation_failed" } });
  });

  it("keeps the larger limits of uploads, and applies the roster one to a streamed body", async () => {
    const roster = "/api/events/demo/roster/preview";
    const within = await t.app.request(
      roster,
      post(streamed(2 * MAX_JSON_BYTES).init, "text/csv", cookie),
    );
    // Read in full and judged on its content: blank text has no header row.
    expect(within.status).toBe(400);
    expect(await within.json()).toMatchObject({ error: { code: "roster_no_header" } });
    const endless = streamed(Number.POSITIVE_INFINITY);
    await expect413(await t.app.request(roster, post(endless.init, "text/csv", cookie)));
    expect(endless.sent()).toBeLessThanOrEqual(MAX_ROSTER_BYTES + CHUNK * 2);
    const file = await t.app.request(
      `/api/events/demo/materials/${crypto.randomUUID()}/file`,
      post(streamed(2 * MAX_JSON_BYTES).init, "multipart/form-data; boundary=x", cookie),
    );
    // Past the size check: read in full, then refused as a form with no parts.
    expect(file.status).toBe(400);
    expect(await file.json()).toMatchObject({ error: { code: "bad_request" } });
  });
});
