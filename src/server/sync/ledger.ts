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

/**
 * Writes ledger rows in one statement (arrays through unnest: a few parameters whatever
 * the batch size) and returns the ids it wrote. An id that another transaction holds
 * waits for it: if that one commits, the id is left out (ON CONFLICT DO NOTHING) and the
 * caller undoes its batch. Rows go in id order, so two batches sharing ids lock them in
 * the same order (no deadlock).
 */
export async function writeLedger(
  tx: Tx,
  origin: PushOrigin,
  entries: readonly LedgerEntry[],
): Promise<Set<string>> {
  if (entries.length === 0) return new Set();
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const column = <K extends keyof LedgerEntry>(key: K) => sql.param(sorted.map((c) => c[key]));
  const inserted = await tx.execute(sql`
    INSERT INTO sync_ops (id, event_id, principal_kind, principal_id, device_id, kind,
      created_at, clock_offset_ms, received_at, status, reason, result, payload_hash, payload)
    SELECT u.id, ${origin.eventId}::uuid, ${origin.principalKind}, ${origin.principalId}::uuid,
      ${origin.deviceId}, u.kind, u.created_at, u.clock_offset_ms,
      ${origin.receivedAt.toISOString()}::timestamptz, u.status, u.reason, u.result,
      decode(u.hash, 'hex'), u.payload
    FROM unnest(${column("id")}::uuid[], ${column("kind")}::text[],
      ${column("createdAt")}::timestamptz[], ${column("clockOffsetMs")}::bigint[],
      ${column("status")}::text[], ${column("reason")}::text[], ${column("resultJson")}::jsonb[],
      ${column("hash")}::text[], ${column("payloadJson")}::json[])
      AS u(id, kind, created_at, clock_offset_ms, status, reason, result, hash, payload)
    ON CONFLICT (id) DO NOTHING
    RETURNING id`);
  return new Set(sqlRows<{ id: string }>(inserted).map((r) => r.id));
}
