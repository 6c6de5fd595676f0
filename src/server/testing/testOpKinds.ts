import { sql } from "drizzle-orm";
import * as v from "valibot";
import type { Db } from "../store/db.ts";
import { defineOpKind, type OpKind, type OpOutcome, type Tx } from "../sync/opKind.ts";
import { plainArray } from "../sync/plainArray.ts";
import { sqlRows } from "../sync/sqlRows.ts";

/**
 * TEST ONLY — never in the shipped registry (sync/opKinds.ts). Op kinds whose effect a test
 * can count: each applied "test.note" inserts one row into `sync_test_effects`, a table
 * with NO unique key, so an op applied twice shows as two rows.
 *
 * - "test.note" (every role): payload `{ text }` (≤ 200 characters). `text: "refuse"` is
 *   refused by the kind ("test_refused", recorded in the ledger); `text: "raise:<SQLSTATE>"`
 *   makes the database raise that error (e.g. "raise:40001", a serialization failure:
 *   transient, 503; "raise:23505": not transient, the op alone is refused). Result: `{ length }`.
 * - "test.staffNote" (staff only): the same, to test who may send a kind.
 */
export const TEST_EFFECTS_TABLE = "sync_test_effects";

/** Arbitrary constant: serialises the table's creation between processes. */
const CREATE_LOCK_ID = 727_271_099;

/** Creates the effects table (idempotent; safe when several processes start together). */
export async function createTestEffectsTable(db: Db | Tx): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${CREATE_LOCK_ID})`);
    await tx.execute(sql`CREATE TABLE IF NOT EXISTS sync_test_effects (
      op_id uuid NOT NULL, event_id uuid NOT NULL, text text NOT NULL)`);
  });
}

/** How many effect rows each op id has (a double apply shows as 2). */
export async function countTestEffects(db: Db): Promise<Map<string, number>> {
  const rows = sqlRows<{ op_id: string; n: string | number }>(
    await db.execute(sql`SELECT op_id, count(*) AS n FROM sync_test_effects GROUP BY op_id`),
  );
  return new Map(rows.map((r) => [r.op_id, Number(r.n)]));
}

const NotePayload = v.object({ text: v.pipe(v.string(), v.maxLength(200)) });

/**
 * The test kinds. `ensureTable`: create the effects table on first use (a server process
 * started by test/harness/syncServer.ts); tests that call createTestEffectsTable themselves
 * leave it off.
 */
export function makeTestOpKinds(options: { ensureTable?: boolean } = {}): Record<string, OpKind> {
  let tableReady = !options.ensureTable;
  const applyMany = async (
    tx: Tx,
    items: readonly {
      payload: v.InferOutput<typeof NotePayload>;
      ctx: { opId: string; event: { id: string } };
    }[],
  ): Promise<OpOutcome[]> => {
    if (!tableReady) {
      await createTestEffectsTable(tx);
      tableReady = true;
    }
    const outcomes: OpOutcome[] = [];
    const ids: string[] = [];
    const texts: string[] = [];
    for (const { payload, ctx } of items) {
      const raise = /^raise:([0-9A-Z]{5})$/.exec(payload.text)?.[1];
      if (raise) {
        await tx.execute(
          sql.raw(
            `DO $$ BEGIN RAISE EXCEPTION 'test.note asked for %', '${raise}' USING ERRCODE = '${raise}'; END $$`,
          ),
        );
      }
      if (payload.text === "refuse") {
        outcomes.push({ rejected: "test_refused" });
        continue;
      }
      ids.push(ctx.opId);
      texts.push(payload.text);
      outcomes.push({
        result: { length: payload.text.length },
        change: { topic: "test-note", ids: [ctx.opId] },
      });
    }
    if (ids.length > 0) {
      const eventId = items[0]!.ctx.event.id;
      await tx.execute(sql`INSERT INTO sync_test_effects (op_id, event_id, text)
        SELECT u.id, ${eventId}::uuid, u.text
        FROM unnest(${plainArray(ids)}::uuid[], ${sql.param(texts)}::text[]) AS u(id, text)`);
    }
    return outcomes;
  };
  const note = (allow: OpKind["allow"]) =>
    defineOpKind({
      schema: NotePayload,
      allow,
      apply: async (tx, payload, ctx) => (await applyMany(tx, [{ payload, ctx }]))[0]!,
      applyMany,
    });
  return {
    "test.note": note(["admin", "organiser", "trainer", "attendee"]),
    "test.staffNote": note(["admin", "organiser", "trainer"]),
  };
}
