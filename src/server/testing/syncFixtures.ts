import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import type { Op, PushResponse } from "../../shared/ops.ts";
import { createStaffUser, grantEventRole } from "../admin/users.ts";
import { createApp } from "../app.ts";
import { seedDemo } from "../demo/seed.ts";
import { attendees, events } from "../store/schema.ts";
import { ChangeHub } from "../sync/changeHub.ts";
import { sqlRows } from "../sync/sqlRows.ts";
import { sessionCookie } from "./contentFixtures.ts";
import { createTestEffectsTable, makeTestOpKinds } from "./testOpKinds.ts";
import { type Engine, openTestStore, testConfig } from "./testStore.ts";

/** A ledger row as the sync tests read it. */
export interface LedgerRow {
  id: string;
  event_id: string;
  principal_kind: string;
  principal_id: string;
  device_id: string;
  kind: string;
  status: string;
  reason: string | null;
  result: unknown;
  /** The payload as stored (json: its text, as the ledger keeps it for forwarding). */
  payload: string;
  created_at: string;
  clock_offset_ms: string | number;
}

/**
 * An app over a fresh store with the test op kinds (testing/testOpKinds.ts) and their
 * effects table, the demo events, and cookies of: an organiser and a trainer of "demo",
 * an attendee of "demo", an attendee and an organiser of the other demo event.
 */
export async function openSyncTestApp(engine: Engine, options: { feedHeartbeatMs?: number } = {}) {
  const store = await openTestStore(engine);
  await seedDemo(store.db);
  await createTestEffectsTable(store.db);
  const changes = new ChangeHub(store);
  const app = createApp(store, testConfig, {
    extraOpKinds: makeTestOpKinds(),
    changes,
    ...options,
  });
  const all = await store.db.select().from(events);
  const event = all.find((e) => e.slug === "demo")!;
  const other = all.find((e) => e.slug !== "demo")!;
  const staff = async (name: string, role: "organiser" | "trainer", slug: string) => {
    const id = await createStaffUser(store.db, {
      username: name,
      password: `${name}-mat-khau`,
      role,
    });
    await grantEventRole(store.db, { username: name, eventSlug: slug, role });
    return { id, cookie: await sessionCookie(store, "staff", { staffUserId: id }) };
  };
  const attendee = async (eventId: string) => {
    const [row] = await store.db
      .insert(attendees)
      .values({ id: uuidv7(), eventId, name: "Người Thử Đồng Bộ", unit: "Đơn vị thử" })
      .returning();
    return { id: row!.id, cookie: await sessionCookie(store, "attendee", { attendeeId: row!.id }) };
  };
  const who = {
    organiser: await staff("sync-organiser", "organiser", event.slug),
    trainer: await staff("sync-trainer", "trainer", event.slug),
    attendee: await attendee(event.id),
    otherAttendee: await attendee(other.id),
    otherOrganiser: await staff("sync-other-organiser", "organiser", other.slug),
  };

  /** POSTs a push (JSON, or gzip when asked) and returns the response. */
  const push = (
    cookie: string,
    body: unknown,
    options: { slug?: string; gzip?: boolean; headers?: Record<string, string> } = {},
  ) => {
    const json = typeof body === "string" ? body : JSON.stringify(body);
    const headers: Record<string, string> = {
      "content-type": "application/json",
      cookie,
      ...options.headers,
    };
    if (options.gzip) headers["content-encoding"] = "gzip";
    return app.request(`/api/events/${options.slug ?? event.slug}/ops`, {
      method: "POST",
      headers,
      body: options.gzip ? gzipSync(json) : json,
    });
  };

  /** Opens the change feed of an event (`lastEventId`: resume after it). */
  const feed = (cookie: string, lastEventId?: string, slug = event.slug) =>
    app.request(`/api/events/${slug}/changes`, {
      headers: { cookie, ...(lastEventId ? { "last-event-id": lastEventId } : {}) },
    });

  return {
    store,
    app,
    feed,
    changes,
    event,
    other,
    who,
    push,
    /** A push answered 200, its body. */
    async pushOk(
      cookie: string,
      ops: unknown[],
      deviceId = "device-1",
      slug = event.slug,
    ): Promise<PushResponse> {
      const response = await push(cookie, { deviceId, ops }, { slug });
      if (response.status !== 200) {
        throw new Error(`push answered ${response.status}: ${await response.text()}`);
      }
      return (await response.json()) as PushResponse;
    },
    async ledger(): Promise<LedgerRow[]> {
      return sqlRows<LedgerRow>(
        await store.db.execute(sql`SELECT id, event_id, principal_kind, principal_id, device_id,
          kind, status, reason, result, payload::text AS payload,
          to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
          clock_offset_ms FROM sync_ops ORDER BY received_at, id`),
      );
    },
    async effects(): Promise<{ op_id: string; text: string }[]> {
      return sqlRows(
        await store.db.execute(sql`SELECT op_id, text FROM sync_test_effects ORDER BY op_id`),
      );
    },
    async close() {
      await changes.close();
      await store.close();
    },
  };
}

export type SyncTestApp = Awaited<ReturnType<typeof openSyncTestApp>>;

/** A valid "test.note" op of an event. */
export function noteOp(eventId: string, text: string, overrides: Partial<Op> = {}): Op {
  return {
    id: uuidv7(),
    kind: "test.note",
    eventId,
    payload: { text },
    createdAt: new Date().toISOString(),
    clockOffsetMs: 0,
    ...overrides,
  };
}
