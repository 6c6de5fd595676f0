import { sql } from "drizzle-orm";
import type { Tx } from "./opKind.ts";
import { sqlRows } from "./sqlRows.ts";

/** A ledger row as the push needs it to answer a replayed id. */
export interface LedgerAnswer {
  id: string;
  hash: string;
  /** Who sent the op first: only they are answered from this row. */
  principalKind: string;
  principalId: string;
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
  const rows = await tx.execute(sql`SELECT id, encode(payload_hash, 'hex') AS hash,
      principal_kind AS "principalKind", principal_id AS "principalId", status, reason, result
    FROM sync_ops WHERE id = ANY(${sql.param(ids)}::uuid[])`);
  for (const row of sqlRows<LedgerAnswer>(rows)) found.set(row.id, row);
  return found;
}

/** A ledger row to write, with the push it came in. */
export interface LedgerWrite extends LedgerEntry {
  origin: PushOrigin;
}

/** True when `error` is the ledger's primary key refusing an id already written. */
export function isLedgerConflict(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 5; depth++) {
    const { code, constraint, cause } = e as {
      code?: unknown;
      constraint?: unknown;
      cause?: unknown;
    };
    if (code === "23505" && constraint === "sync_ops_pkey") return true;
    e = cause;
  }
  return false;
}

/**
 * One column of the ledger insert: its SQL type and, for each row, its value — or, for a
 * json/jsonb column, its JSON text (null for SQL NULL).
 */
type Column = [name: string, type: string, values: readonly unknown[]];

const isJson = (type: string) => type === "json" || type === "jsonb";

/**
 * The rows of `columns` as a JSON array of objects, json/jsonb values embedded as they are.
 * Built by concatenation, row by row: a map/join of template strings per field took
 * most of the 2.4 ms a push of 500 spent here.
 */
function jsonRows(count: number, columns: readonly Column[]): string {
  const parts = columns.map(([name, type, values]) => ({
    prefix: `"${name}":`,
    values,
    embed: isJson(type),
  }));
  let document = "[";
  for (let i = 0; i < count; i++) {
    let row = i === 0 ? "{" : ",{";
    for (let k = 0; k < parts.length; k++) {
      const { prefix, values, embed } = parts[k]!;
      const value = values[i];
      row += (k === 0 ? "" : ",") + prefix;
      row += embed ? ((value as string | null) ?? "null") : JSON.stringify(value);
    }
    document += `${row}}`;
  }
  return `${document}]`;
}

/**
 * How the rows reach the database, the faster form for each engine (measured per push
 * of 500, interleaved in one process): PostgreSQL reads one array parameter per column
 * (unnest) 1.4× faster than one JSON document; PGlite, whose parsing shares this
 * process's thread with the driver's escaping of every payload quote into a json[]
 * array, takes the document (json_to_recordset) 1.2–1.4× faster.
 */
export type LedgerForm = "arrays" | "document";

export const ledgerFormOf = (engine: "pglite" | "postgres"): LedgerForm =>
  engine === "postgres" ? "arrays" : "document";

/** The FROM source of the varying columns, `u(…)`, in either form. */
function rowSource(form: LedgerForm, count: number, varying: readonly Column[]) {
  const names = sql.raw(varying.map(([name]) => name).join(", "));
  if (form === "arrays") {
    const arrays = varying.map(([, type, v]) => sql`${sql.param(v)}::${sql.raw(type)}[]`);
    return sql`unnest(${sql.join(arrays, sql`, `)}) AS u(${names})`;
  }
  const fields = sql.raw(varying.map(([name, type]) => `${name} ${type}`).join(", "));
  return sql`json_to_recordset(${jsonRows(count, varying)}::json) AS u(${fields})`;
}

/**
 * Writes ledger rows in one statement, in `form`. A column whose rows all hold one value
 * (the push's origin, its kind, "applied", no reason…) is sent once, not once per row.
 * An id that another transaction holds waits for it; if that one commits: with `racing`,
 * the id is left out (ON CONFLICT DO NOTHING) and the ids written are returned, for the
 * caller to undo its batch; without, the statement fails (a unique violation) — the
 * cheaper form, for a first attempt that reruns guarded. Rows go in id order, so two
 * batches sharing ids lock them in the same order (no deadlock).
 */
export async function writeLedger(
  tx: Tx,
  entries: readonly LedgerWrite[],
  racing: boolean,
  form: LedgerForm,
): Promise<Set<string> | null> {
  if (entries.length === 0) return new Set();
  const rows = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const columns: Column[] = [
    ["id", "uuid", rows.map((r) => r.id)],
    ["event_id", "uuid", rows.map((r) => r.origin.eventId)],
    ["principal_kind", "text", rows.map((r) => r.origin.principalKind)],
    ["principal_id", "uuid", rows.map((r) => r.origin.principalId)],
    ["device_id", "text", rows.map((r) => r.origin.deviceId)],
    ["kind", "text", rows.map((r) => r.kind)],
    ["created_at", "timestamptz", rows.map((r) => r.createdAt)],
    ["clock_offset_ms", "bigint", rows.map((r) => r.clockOffsetMs)],
    ["received_at", "timestamptz", rows.map((r) => r.origin.receivedAt.toISOString())],
    ["status", "text", rows.map((r) => r.status)],
    ["reason", "text", rows.map((r) => r.reason)],
    // Sent as json, stored as jsonb (cast on insert): on PostgreSQL 15 this insert of 500
    // rows took 9.3 ms with the results as a jsonb[] parameter, 5.8 ms as json[].
    ["result", "json", rows.map((r) => r.resultJson)],
    ["payload_hash", "text", rows.map((r) => r.hash)],
    ["payload", "json", rows.map((r) => r.payloadJson)],
  ];
  const varying = columns.filter(([name, , v]) => name === "id" || v.some((x) => x !== v[0]));
  const value = (column: Column) => {
    const [name, type, v] = column;
    const source = varying.includes(column)
      ? sql.raw(`u.${name}`)
      : sql`${v[0] ?? null}::${sql.raw(type)}`;
    return name === "payload_hash" ? sql`decode(${source}, 'hex')` : source;
  };
  const inserted = await tx.execute(sql`
    INSERT INTO sync_ops (${sql.raw(columns.map(([name]) => name).join(", "))})
    SELECT ${sql.join(columns.map(value), sql`, `)}
    FROM ${rowSource(form, rows.length, varying)}
    ${racing ? sql`ON CONFLICT (id) DO NOTHING RETURNING id` : sql``}`);
  if (!racing) return null;
  return new Set(sqlRows<{ id: string }>(inserted).map((r) => r.id));
}
