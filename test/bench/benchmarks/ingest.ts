import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { createStaffUser } from "../../../src/server/admin/users.ts";
import { createApp } from "../../../src/server/app.ts";
import { seedDemo } from "../../../src/server/demo/seed.ts";
import type { Store } from "../../../src/server/store/db.ts";
import { events, syncOps } from "../../../src/server/store/schema.ts";
import { canonicalJson } from "../../../src/server/sync/payloadHash.ts";
import { sessionCookie } from "../../../src/server/testing/contentFixtures.ts";
import {
  createTestEffectsTable,
  makeTestOpKinds,
} from "../../../src/server/testing/testOpKinds.ts";
import type { PushResponse } from "../../../src/shared/ops.ts";
import { describeSamples, median, round } from "../lib/stats.ts";
import { benchPostgresUrl, NO_POSTGRES, noteOps, openBenchStore } from "../lib/syncBench.ts";
import type { Benchmark, Figure, Skip } from "../lib/types.ts";

const BATCH = 500;
const BUDGET = { pglite: 20_000, postgres: 40_000 } as const;

type Row = {
  id: string;
  text: string;
  hash: Buffer;
  payload: { text: string };
  createdAt: Date;
};

/**
 * The floor: the same rows the push route writes (a ledger row and a test effect row per
 * op), inserted raw in one transaction per 500, the faster of two forms — a multi-row
 * VALUES insert (Drizzle) and an INSERT … SELECT FROM unnest(arrays) (what the route uses).
 */
async function rawInsert(store: Store, eventId: string, principalId: string, rows: Row[]) {
  const time = async (insert: (batch: Row[]) => Promise<void>, part: Row[]) => {
    const started = performance.now();
    for (let i = 0; i < part.length; i += BATCH) await insert(part.slice(i, i + BATCH));
    return (part.length / (performance.now() - started)) * 1000;
  };
  const half = Math.floor(rows.length / (2 * BATCH)) * BATCH;
  const values = await time(
    async (batch) => {
      await store.db.transaction(async (tx) => {
        await tx.insert(syncOps).values(
          batch.map((r) => ({
            id: r.id,
            eventId,
            principalKind: "staff" as const,
            principalId,
            deviceId: "bench",
            kind: "test.note",
            createdAt: r.createdAt,
            clockOffsetMs: 0,
            receivedAt: new Date(),
            status: "applied" as const,
            result: { length: r.text.length },
            payloadHash: r.hash,
            payload: r.payload,
          })),
        );
        await tx.execute(
          sql`INSERT INTO sync_test_effects (op_id, event_id, text) VALUES ${sql.join(
            batch.map((r) => sql`(${r.id}, ${eventId}, ${r.text})`),
            sql`, `,
          )}`,
        );
      });
    },
    rows.slice(0, half),
  );
  const unnest = await time(async (batch) => {
    const ids = sql.param(batch.map((r) => r.id));
    const texts = sql.param(batch.map((r) => r.text));
    await store.db.transaction(async (tx) => {
      await tx.execute(sql`INSERT INTO sync_ops (id, event_id, principal_kind, principal_id,
          device_id, kind, created_at, clock_offset_ms, received_at, status, result, payload_hash, payload)
        SELECT u.id, ${eventId}::uuid, 'staff', ${principalId}::uuid, 'bench', 'test.note',
          u.created_at, 0, now(), 'applied', u.result, decode(u.hash, 'hex'), u.payload
        FROM unnest(${ids}::uuid[], ${sql.param(batch.map((r) => r.createdAt.toISOString()))}::timestamptz[],
          ${sql.param(batch.map((r) => JSON.stringify({ length: r.text.length })))}::jsonb[],
          ${sql.param(batch.map((r) => r.hash.toString("hex")))}::text[],
          ${sql.param(batch.map((r) => JSON.stringify(r.payload)))}::json[])
          AS u(id, created_at, result, hash, payload)`);
      await tx.execute(sql`INSERT INTO sync_test_effects (op_id, event_id, text)
        SELECT u.id, ${eventId}::uuid, u.text FROM unnest(${ids}::uuid[], ${texts}::text[]) AS u(id, text)`);
    });
  }, rows.slice(half));
  return Math.max(values, unnest);
}

async function measure(
  engine: "pglite" | "postgres",
  runs: number,
  batches: number,
  log: (line: string) => void,
): Promise<Figure> {
  const store = await openBenchStore(engine);
  try {
    await seedDemo(store.db);
    await createTestEffectsTable(store.db);
    const [event] = await store.db.select().from(events).limit(1);
    const staffUserId = await createStaffUser(store.db, {
      username: "bench-admin",
      password: "bench-admin-mat-khau",
      role: "admin",
    });
    const cookie = await sessionCookie(store, "staff", { staffUserId });
    const app = createApp(
      store,
      { version: "bench", publicUrl: "http://bench.test" },
      { extraOpKinds: makeTestOpKinds() },
    );
    const pushAll = async (label: string, n: number) => {
      const ops = noteOps(event!.id, n, label);
      // The bodies are made before the clock starts, as the raw rows are: the figure is
      // the server's, not the time this process takes to make and serialise ops.
      const bodies: Uint8Array<ArrayBuffer>[] = [];
      for (let i = 0; i < ops.length; i += BATCH) {
        bodies.push(
          new TextEncoder().encode(
            JSON.stringify({ deviceId: "bench", ops: ops.slice(i, i + BATCH) }),
          ),
        );
      }
      const started = performance.now();
      for (let b = 0, i = 0; b < bodies.length; b++, i += BATCH) {
        const response = await app.request(`/api/events/${event!.slug}/ops`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: bodies[b]!,
        });
        const body = (await response.json()) as PushResponse;
        const applied = response.ok ? body.results.filter((r) => r.status === "applied").length : 0;
        if (applied !== Math.min(BATCH, ops.length - i)) {
          throw new Error(`push answered ${response.status}, ${applied} applied`);
        }
      }
      return (ops.length / (performance.now() - started)) * 1000;
    };
    const rawRows = (label: string, n: number): Row[] =>
      noteOps(event!.id, n, label).map((op) => ({
        id: op.id,
        text: (op.payload as { text: string }).text,
        payload: op.payload as { text: string },
        createdAt: new Date(op.createdAt),
        hash: createHash("sha256").update(canonicalJson(op.payload)).digest(),
      }));
    // Warm both paths (JIT, PGlite's WebAssembly, plans, pool connections) with one run
    // each before measuring: a server in the hall runs for hours, and its first thousand
    // ops ran at half the rate of the next ten thousand on PGlite.
    await pushAll("warm", batches * BATCH);
    await rawInsert(store, event!.id, staffUserId, rawRows("warm-raw", batches * BATCH));
    const route: number[] = [];
    const raw: number[] = [];
    for (let run = 0; run < runs; run++) {
      route.push(await pushAll(`run ${run}`, batches * BATCH));
      raw.push(
        await rawInsert(store, event!.id, staffUserId, rawRows(`raw ${run}`, batches * BATCH)),
      );
      log(
        `ingest-${engine}: run ${run + 1}/${runs}: route ${round(route.at(-1)!, 0)} ops/s, raw ${round(raw.at(-1)!, 0)} ops/s`,
      );
    }
    const value = round(median(route), 0);
    const floor = round(median(raw), 0);
    return {
      name: `ingest-${engine}`,
      value,
      unit: "ops/s",
      budget: { min: BUDGET[engine] },
      runs,
      samples: route.map((r) => round(r, 0)),
      baseline: {
        value: floor,
        label: "raw multi-row INSERT",
        samples: raw.map((r) => round(r, 0)),
      },
      note: `${batches} pushes of ${BATCH} "test.note" ops per run through POST /api/events/:slug/ops (app.request, JSON, ledger + one effect row per op, change log); ratio ${round(value / floor, 2)} (budget ≥ 0.5); route ${describeSamples(route, "ops/s")}`,
    };
  } finally {
    await store.close();
  }
}

/**
 * Issue 9: ops per second through the push route, in batches of 500, on PGlite and on
 * PostgreSQL, each against a raw multi-row INSERT of the same rows into the same database
 * in the same run (the ratio must stay ≥ 0.5).
 */
const benchmark: Benchmark = {
  name: "ingest",
  figures: ["ingest-pglite", "ingest-postgres"],
  defaultRuns: 3,
  needsBuild: false,
  async run(ctx) {
    const batches = ctx.tiny ? 2 : 20;
    const results: Array<Figure | Skip> = [await measure("pglite", ctx.runs, batches, ctx.log)];
    if (benchPostgresUrl()) results.push(await measure("postgres", ctx.runs, batches, ctx.log));
    else results.push({ name: "ingest-postgres", skipped: NO_POSTGRES });
    return results;
  },
};

export default benchmark;
