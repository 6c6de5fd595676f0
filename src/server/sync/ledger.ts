import { sql } from "drizzle-orm";
import type { Tx } from "./opKind.ts";
import { sqlRows } from "./sqlRows.ts";

/** A ledger row as the push needs it to answer a replayed id. */
export interface LedgerAnswer {
  id: string;
  hash: string;
  status: "applied" | "rejected";
  reason: string | null;
  result: unknown;
}

/** One decided op, written to the ledger. */
export interface LedgerEntry {
  id: string;
  kind: string;
  createdAt: string;
  clockOffsetMs: number;
  hash: string;
  payloadJson: string;
  status: "applied" | "rejected";
  reason: string | null;
  resultJson: string | null;
}

/** What every op of one push shares in the ledger. */
export interface PushOrigin {
  eventId: string;
  principalKind: "staff" | "attendee";
  principalId: string;
  deviceId: string;
  receivedAt: Date;
}

/** The ledger rows of these ids (lower-case UUIDs), by id. */
export async function readLedger(
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, LedgerAnswer>> {
  const found = new Map<string, LedgerAnswer>();
  if (ids.length === 0) return found;
  const rows =
    await tx.execute(sql`SELECT id, encode(payload_hash, 'hex') AS hash, status, reason, result
    FROM sync_ops WHERE id = ANY(${sql.param(ids)}::uuid[])`);
  for (const row of sqlRows<LedgerAnswer>(rows)) found.set(row.id, row);
  return found;
}

/** A ledger row to write, with the push it came in. */
export interface LedgerWrite extends LedgerEntry {
  origin: PushOrigin;
}

/**
 * Writes ledger rows in one statement (arrays through unnest: a few parameters whatever
 * the batch size). What the rows share is sent once; rows of several pushes (a group
 * commit) send their origin per row. An id that another transaction holds waits for it;
 * if that one commits: with `racing`, the id is left out (ON CONFLICT DO NOTHING) and the
 * ids written are returned, for the caller to undo its batch; without, the statement
 * fails (a unique violation) — the cheaper form, for a first attempt that reruns guarded.
 * Rows go in id order, so two batches sharing ids lock them in the same order (no
 * deadlock).
 */
export async function writeLedger(
  tx: Tx,
  entries: readonly LedgerWrite[],
  racing = true,
): Promise<Set<string> | null> {
  if (entries.length === 0) return new Set();
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const column = <K extends keyof LedgerEntry>(key: K) => sql.param(sorted.map((c) => c[key]));
  const one = sorted[0]!.origin;
  const shared = sorted.every((e) => e.origin === one);
  const originColumn = <K extends keyof PushOrigin>(key: K, cast: string, scalar: unknown) =>
    shared ? sql`${scalar}${sql.raw(cast)}` : sql.raw(`u."${key}"`);
  const originArrays = shared
    ? sql``
    : sql`, ${sql.param(sorted.map((e) => e.origin.eventId))}::uuid[],
      ${sql.param(sorted.map((e) => e.origin.principalKind))}::text[],
      ${sql.param(sorted.map((e) => e.origin.principalId))}::uuid[],
      ${sql.param(sorted.map((e) => e.origin.deviceId))}::text[],
      ${sql.param(sorted.map((e) => e.origin.receivedAt.toISOString()))}::timestamptz[]`;
  const originNames = shared
    ? sql``
    : sql`, "eventId", "principalKind", "principalId", "deviceId", "receivedAt"`;
  const inserted = await tx.execute(sql`
    INSERT INTO sync_ops (id, event_id, principal_kind, principal_id, device_id, kind,
      created_at, clock_offset_ms, received_at, status, reason, result, payload_hash, payload)
    SELECT u.id, ${originColumn("eventId", "::uuid", one.eventId)},
      ${originColumn("principalKind", "", one.principalKind)},
      ${originColumn("principalId", "::uuid", one.principalId)},
      ${originColumn("deviceId", "", one.deviceId)}, u.kind, u.created_at, u.clock_offset_ms,
      ${originColumn("receivedAt", "::timestamptz", one.receivedAt.toISOString())}, u.status,
      u.reason, u.result, decode(u.hash, 'hex'), u.payload
    FROM unnest(${column("id")}::uuid[], ${column("kind")}::text[],
      ${column("createdAt")}::timestamptz[], ${column("clockOffsetMs")}::bigint[],
      ${column("status")}::text[], ${column("reason")}::text[], ${column("resultJson")}::jsonb[],
      ${column("hash")}::text[], ${column("payloadJson")}::json[]${originArrays})
      AS u(id, kind, created_at, clock_offset_ms, status, reason, result, hash, payload${originNames})
    ${racing ? sql`ON CONFLICT (id) DO NOTHING RETURNING id` : sql``}`);
  if (!racing) return null;
  return new Set(sqlRows<{ id: string }>(inserted).map((r) => r.id));
}
