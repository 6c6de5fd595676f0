import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AttendanceSummary, ReviewItem } from "../../shared/checkin.ts";
import { newId } from "../../shared/ids.ts";
import type { PushResponse } from "../../shared/ops.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, events } from "../store/schema.ts";
import { staffCookie } from "../testing/contentFixtures.ts";
import { engines, jsonPost, openTestApp } from "../testing/testStore.ts";
import { ensureTickets, ticketCode } from "../tickets/issue.ts";
import { createList } from "./lists.ts";

describe.each(engines)("check-in through the push route on %s", (engine) => {
  let t: Awaited<ReturnType<typeof openTestApp>>;
  let organiser: string;
  let eventId: string;
  let listId: string;
  let code: string;
  beforeAll(async () => {
    t = await openTestApp(engine);
    await seedDemo(t.store.db);
    const [demo] = await t.store.db.select().from(events).where(eq(events.slug, "demo"));
    eventId = demo!.id;
    organiser = await staffCookie(t.store, "organiser", "demo");
    listId = (
      await createList(t.store.db, eventId, { kind: "entry", title: "Vào", reentry: false })
    ).id;
    const [person] = await t.store.db
      .select()
      .from(attendees)
      .where(eq(attendees.eventId, eventId));
    const [ticketed] = await ensureTickets(t.store.db, eventId, [person!]);
    code = await ticketCode(t.store.db, ticketed!);
  });
  afterAll(() => t.store.close());

  const scanOp = (at: string) => ({
    id: newId(),
    kind: "checkin.scan",
    eventId,
    payload: { method: "scan", listId, code, shown: "admitted" },
    createdAt: at,
    clockOffsetMs: 0,
  });
  const push = async (deviceId: string, ops: unknown[]) => {
    const response = await t.app.request(
      "/api/events/demo/ops",
      jsonPost({ deviceId, ops }, organiser),
    );
    expect(response.status).toBe(200);
    return (await response.json()) as PushResponse;
  };

  it("two offline door phones admit one ticket: one check-in, one duplicate to review, replays change nothing", async () => {
    const a = scanOp("2026-12-01T01:12:00.000Z");
    const b = scanOp("2026-12-01T01:13:00.000Z");
    const first = await push("may-1", [a]);
    expect(first.results[0]).toMatchObject({
      id: a.id,
      status: "applied",
      result: { status: "accepted" },
    });
    const second = await push("may-2", [b, a]);
    expect(second.results.map((r) => r.status)).toEqual(["applied", "duplicate"]);
    expect(second.results[0]).toMatchObject({ result: { status: "duplicate", review: "pending" } });
    const summary = (await (
      await t.app.request("/api/events/demo/checkin/summary", { headers: { cookie: organiser } })
    ).json()) as AttendanceSummary;
    expect(summary.lists[0]).toMatchObject({ present: 1, duplicates: 1 });
    const review = (await (
      await t.app.request("/api/events/demo/checkin/review", { headers: { cookie: organiser } })
    ).json()) as ReviewItem[];
    expect(review.map((r) => r.scanId)).toEqual([b.id]);
    const forged = {
      ...scanOp("2026-12-01T01:14:00.000Z"),
      payload: { method: "scan", listId, code: "NOT A TICKET", shown: "admitted" },
    };
    const refused = await push("may-1", [forged]);
    expect(refused.results[0]).toMatchObject({ status: "rejected", reason: "ticket_malformed" });
  });
});
