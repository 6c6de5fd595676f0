import { eq } from "drizzle-orm";
import { createStaffUser } from "../../../src/server/admin/users.ts";
import { createApp } from "../../../src/server/app.ts";
import { createList } from "../../../src/server/checkin/lists.ts";
import { checkinScans } from "../../../src/server/store/schema.ts";
import { sessionCookie } from "../../../src/server/testing/contentFixtures.ts";
import { ensureTickets, ticketCode } from "../../../src/server/tickets/issue.ts";
import { CHECKIN_SCAN, type CheckinResult } from "../../../src/shared/checkin.ts";
import { newId } from "../../../src/shared/ids.ts";
import type { PushResponse } from "../../../src/shared/ops.ts";
import { round } from "../lib/stats.ts";
import { addAttendees, onEachEngine, timedFigure, withDemoStore } from "../lib/syncBench.ts";
import type { Benchmark, Figure } from "../lib/types.ts";

/** A door phone's offline backlog: one push at most (the route takes 500 ops). */
const SCANS = 500;
/** As long as the herd's p99 (DESIGN §9 has none for this): the door waits no longer. */
const BUDGET_MS = 2000;

/**
 * What a door phone meets when it syncs after a network cut: 500 scans of real signed
 * tickets (500 different people, so each is a first check-in) pushed as one batch of
 * "checkin.scan" ops through POST /api/events/:slug/ops, until the answer is parsed. The
 * server verifies each ticket again, checks the list and the person, orders the check-in
 * and writes it — the real kind, not the ingest benchmark's one-row test kind.
 */
async function measure(
  engine: "pglite" | "postgres",
  runs: number,
  scans: number,
  log: (line: string) => void,
): Promise<Figure> {
  return withDemoStore(engine, async (store, event) => {
    const people = await addAttendees(store.db, event.id, scans, "Sở Tư pháp");
    const ticketed = await ensureTickets(store.db, event.id, people);
    const codes: string[] = [];
    for (const person of ticketed) codes.push(await ticketCode(store.db, person));
    const staffUserId = await createStaffUser(store.db, {
      username: "bench-door",
      password: "bench-door-mat-khau",
      role: "admin",
    });
    const cookie = await sessionCookie(store, "staff", { staffUserId });
    const app = createApp(store, { version: "bench", publicUrl: "http://bench.test" });
    const list = await createList(store.db, event.id, {
      kind: "entry",
      title: "Vào cửa",
      reentry: false,
    });
    const pushOnce = async () => {
      // Every run scans into an empty list: first check-ins, as at the start of a day.
      await store.db.delete(checkinScans).where(eq(checkinScans.listId, list.id));
      const createdAt = new Date().toISOString();
      const body = JSON.stringify({
        deviceId: "bench-door",
        ops: codes.map((code) => ({
          id: newId(),
          kind: CHECKIN_SCAN,
          eventId: event.id,
          payload: { method: "scan", listId: list.id, code, shown: "admitted" },
          createdAt,
          clockOffsetMs: 0,
        })),
      });
      const started = performance.now();
      const response = await app.request(`/api/events/${event.slug}/ops`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body,
      });
      const answer = (await response.json()) as PushResponse;
      const ms = performance.now() - started;
      const accepted = response.ok
        ? answer.results.filter(
            (r) => r.status === "applied" && (r.result as CheckinResult).status === "accepted",
          ).length
        : 0;
      if (accepted !== scans) {
        throw new Error(`door push answered ${response.status}, ${accepted} of ${scans} accepted`);
      }
      return ms;
    };
    return await timedFigure(
      `door-sync-${engine}`,
      BUDGET_MS,
      runs,
      pushOnce,
      log,
      (value) =>
        `one push of ${scans} "checkin.scan" ops (real tickets, ${scans} people, first check-ins) through POST /api/events/:slug/ops (app.request) until the answer is parsed; ${round((scans / value) * 1000, 0)} ops/s`,
    );
  });
}

/** Issue 9 and 10: a door phone's 500 offline scans, synced, on PGlite and PostgreSQL. */
const benchmark: Benchmark = {
  name: "door-sync",
  figures: ["door-sync-pglite", "door-sync-postgres"],
  defaultRuns: 5,
  needsBuild: false,
  async run(ctx) {
    const scans = ctx.tiny ? 3 : SCANS;
    return onEachEngine("door-sync", (engine) => measure(engine, ctx.runs, scans, ctx.log));
  },
};

export default benchmark;
