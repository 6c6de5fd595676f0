import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RosterPreview } from "../../shared/api.ts";
import { newId } from "../../shared/ids.ts";
import { events } from "../store/schema.ts";
import { staffCookie } from "../testing/contentFixtures.ts";
import { engines, openTestApp } from "../testing/testStore.ts";
import { MAX_ROSTER_ROWS } from "./read.ts";

/** A CSV roster of `n` distinct people with every column filled. */
const roster = (n: number) =>
  `Họ và tên,Đơn vị,Chức vụ,Số điện thoại,Email\n${Array.from(
    { length: n },
    (_, i) =>
      `Đại biểu ${i},Đơn vị ${i % 50},Chuyên viên,09${String(i).padStart(8, "0")},db${i}@example.vn`,
  ).join("\n")}\n`;

/** Issue 12 item 4: a maximum-size preview does not stop the server answering others. */
describe.each(engines)("a maximum-size roster preview on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await t.store.db.insert(events).values({
      id: newId(),
      slug: "lon",
      title: "Hội nghị lớn",
      startsOn: "2030-01-01",
      endsOn: "2030-01-01",
    });
  });
  afterAll(() => t.store.close());

  it("lets /api/health answer while it reads and plans the file", async () => {
    const cookie = await staffCookie(t.store, "organiser", "lon");
    const body = roster(MAX_ROSTER_ROWS);
    const finished: string[] = [];
    const preview = Promise.resolve(
      t.app.request("/api/events/lon/roster/preview", {
        method: "POST",
        headers: { cookie, "content-type": "text/csv" },
        body,
      }),
    ).then((response) => {
      finished.push("preview");
      return response;
    });
    // Health is asked only once the preview is under way (its body read, its rows parsing).
    await new Promise((resolve) => setImmediate(resolve));
    const health = Promise.resolve(t.app.request("/api/health")).then((response) => {
      finished.push("health");
      return response;
    });
    const [previewed, healthy] = await Promise.all([preview, health]);
    expect(healthy.status).toBe(200);
    expect(previewed.status).toBe(200);
    expect(((await previewed.json()) as RosterPreview).counts.create).toBe(MAX_ROSTER_ROWS);
    expect(finished).toEqual(["health", "preview"]);
  }, 60_000);
});
