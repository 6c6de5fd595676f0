import { sql } from "drizzle-orm";
import type { ChangeMessage } from "../../shared/ops.ts";
import type { Db } from "../store/db.ts";
import type { Tx } from "./opKind.ts";
import { sqlRows } from "./sqlRows.ts";

/** The PostgreSQL (and PGlite) notification channel of committed changes. */
export const CHANGES_CHANNEL = "th_sync_changes";
/** Arbitrary constant: with the event, the advisory lock that orders one event's changes. */
const CHANGE_LOCK_ID = 727_271_017;
/** How long the log keeps a change for feeds that reconnect (Last-Event-ID). */
export const CHANGE_LOG_KEEP_MS = 24 * 3600_000;

/** One logged change: the SSE event id (`seq`) and the message. */
export interface LoggedChange {
  seq: number;
  message: ChangeMessage;
}

/**
 * Logs a push's changes, one row per topic, and notifies every server process (delivered
 * on commit only). The per-event advisory lock, held to the commit, makes one event's
 * sequence numbers commit in order, so "seq > last seen" never skips a change that
 * committed late. Call it last in the transaction: the lock is held until the commit.
 */
export async function logChanges(
  tx: Tx,
  eventId: string,
  changes: ReadonlyMap<string, string[]>,
): Promise<void> {
  if (changes.size === 0) return;
  // The rows as one JSON document (json_to_recordset): a jsonb[] parameter would have the
  // driver escape, and PostgreSQL unescape, every quote of every id list.
  const rows = JSON.stringify(
    [...changes].map(([topic, ids]) => ({ topic, count: ids.length, ids })),
  );
  // One statement: the lock (a one-row CTE every inserted row joins, so it is taken
  // before the first seq is drawn), the rows, and the notification.
  await tx.execute(sql`
    WITH lock AS (SELECT pg_advisory_xact_lock(${CHANGE_LOCK_ID}, hashtext(${eventId})) AS taken),
    inserted AS (
      INSERT INTO sync_changes (event_id, topic, count, ids)
      SELECT ${eventId}::uuid, u.topic, u.count, u.ids
      FROM json_to_recordset(${rows}::json) AS u(topic text, count int, ids json) CROSS JOIN lock
      RETURNING seq)
    SELECT pg_notify(${CHANGES_CHANNEL}, ${eventId}) FROM (SELECT 1 FROM inserted LIMIT 1) AS any_row`);
}

/** One event's changes after `afterSeq`, oldest first (at most `limit`). */
export async function readChanges(
  db: Db,
  eventId: string,
  afterSeq: number,
  limit: number,
): Promise<LoggedChange[]> {
  const rows = await db.execute(
    sql`SELECT seq, topic, count, ids FROM sync_changes
      WHERE event_id = ${eventId}::uuid AND seq > ${afterSeq}
      ORDER BY seq LIMIT ${limit}`,
  );
  return sqlRows<{ seq: string | number; topic: string; count: number; ids: string[] }>(rows).map(
    (r) => ({
      seq: Number(r.seq),
      message: { topic: r.topic, count: r.count, ids: r.ids },
    }),
  );
}

/** The newest seq of one event's changes (0 when none). */
export async function lastChangeSeq(db: Db, eventId: string): Promise<number> {
  const rows = await db.execute(
    sql`SELECT max(seq) AS seq FROM sync_changes WHERE event_id = ${eventId}::uuid`,
  );
  return Number(sqlRows<{ seq: string | number | null }>(rows)[0]?.seq ?? 0);
}

/**
 * The lowest seq the log may still hold a change of: a feed resuming from below it may
 * have missed pruned changes and is told to reload ("reset").
 */
export async function changeLogFloor(db: Db): Promise<number> {
  const rows = await db.execute(sql`SELECT min(seq) AS floor FROM sync_changes`);
  return Number(sqlRows<{ floor: string | number | null }>(rows)[0]?.floor ?? 0);
}

const lastPrune = new WeakMap<Db, number>();

/** Deletes changes older than CHANGE_LOG_KEEP_MS, at most once an hour per process and store. */
export async function pruneChangeLog(db: Db, now = Date.now()): Promise<void> {
  if (now - (lastPrune.get(db) ?? 0) < 3600_000) return;
  lastPrune.set(db, now);
  await db.execute(
    sql`DELETE FROM sync_changes WHERE at < ${new Date(now - CHANGE_LOG_KEEP_MS).toISOString()}::timestamptz`,
  );
}
